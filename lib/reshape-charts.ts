/**
 * The reshape for charts (part of the one reshape, lib/reshape.ts): every chart on /charts/ and the
 * issue pages as display-ready records — its words (title, takeaway, source, warnings), its table,
 * and its body's props — joined here once. Chart components render these and look nothing up.
 *
 * A chart is split in two so /charts/ stays light at any scale: the `head` (words) goes into the
 * page's HTML, the `data` (table and body) into a static JSON file per chart
 * (/charts/data/<id>.json, app/charts/data/[file]/route.ts) fetched when the chart nears the
 * viewport. An as-of view, drawn in the browser, hands the same `data` over directly.
 */
import type { Model } from './model';
import type { ChartAbout, TableData } from './chart-export';
import { issueFill } from './colors';
import { formatDate, dateValue } from './dates';
import { RESPONSE_HEAD, RESPONSE_LABELS, stanceWords } from './format';
import type { ResponseKind } from './schema';
import * as figures from './analysis/charts';
import { gapBand, type Span } from './analysis/key-gap';
import { citeStatementSources } from './analysis/citations';
import { spreadWarning } from './analysis/date-spread';
import { positionTrack } from './analysis/positions';
import { timeWindows } from './analysis/time-axis';
import { formatGapShort, formatStance, isRange, stancePlace, type Gap, type StancePlace } from './stance';
import { standingDemands } from './demands';
import { respondents } from './sides';
import { chartSides, demandsBySide, type ChartSide } from './reshape';

export type { ChartSide };

/* ---------- the leaves' props ---------- */

export type DemandBarsProps = {
  sides: ChartSide[];
  issues: { id: string; title: string; fill: string; label: string }[];
  /** Per side (same order as `sides`): its count on each issue. */
  counts: Record<string, number>[];
};

export type SpectrumProps = {
  issueTitle: string;
  minLabel: string;
  maxLabel: string;
  midLabel: string;
  /** A point stance has value; a range has min and max (drawn as a bar, no mark at its middle). */
  marks: (StancePlace & { side: ChartSide; asOf: string; rationale: string; current: boolean })[];
  /**
   * The key gap (lib/analysis/key-gap.ts): where its band runs (from–to: the largest gap; `near`, drawn
   * stronger, the smallest when the gap is a range; gapBand), its size, and its pair ("RU–UA").
   */
  gap: (Span & { near: Span | null; gap: Gap; pair?: string }) | null;
};

export type TimelineProps = {
  sides: ChartSide[];
  /** The spans a reader can choose: all dates, and (when they run over months) the latest weeks; ms since the epoch (UTC). */
  windows: { label: string; domain: [number, number]; ticks: { value: number; label: string }[] }[];
  /** Per issue id ('' for all issues): points on the axis (`lane`: the side's index in `sides`), and the sentence for that view. */
  views: Record<
    string,
    { points: { x: number; lane: number; count: number; label: string; approx: boolean }[]; takeaway: string }
  >;
  issues: { id: string; title: string }[];
  events: { x: number; label: string; approx: boolean }[];
};

/** One issue of the gap heatmap: distance is a min–max per pair (equal ends for two points). */
export type GapView = {
  issue: string;
  title: string;
  sides: ChartSide[];
  distance: Gap[][];
  takeaway: string;
  /** Said when the stances compared are further apart in time than the dataset's staleness window. */
  spreadWarning?: string;
};

/** A statement a chart links to: its passage's place and the words the link shows (ours, never quoted). */
export type StatementLink = { id: string; source: string; speaker: string; text: string };

export type DemandGroup = {
  side: Pick<ChartSide, 'id' | 'name'>;
  demands: { id: string; kind: 'asks' | 'rules-out'; text: string; issue: string; statements: StatementLink[] }[];
};

export type ResponseRowView = {
  demand: string;
  side: Pick<ChartSide, 'id' | 'name' | 'color' | 'shape'>;
  kind: 'asks' | 'rules-out';
  text: string;
  issue: string;
  /** One per column side: its own demand, or its response with the statements behind it. */
  cells: (
    { own: true } | { own?: false; response: ResponseKind | 'none'; rationale?: string; statements: StatementLink[] }
  )[];
};

/** What a chart draws, by kind. */
export type ChartBodyData =
  | { kind: 'demands'; bars: DemandBarsProps; groups: DemandGroup[] }
  | {
      kind: 'responses';
      columns: Pick<ChartSide, 'id' | 'name' | 'color' | 'shape'>[];
      rows: ResponseRowView[];
      total: number;
    }
  | { kind: 'spectrum'; spectrum: SpectrumProps | null }
  | { kind: 'gaps'; views: GapView[] }
  | { kind: 'timeline'; timeline: TimelineProps; events: { id: string; label: string }[] };

export type ChartKind = ChartBodyData['kind'];

/** The words of a chart: in the page's HTML, on every image and in the README beside the CSV. */
export type ChartHead = ChartAbout & {
  /** Unique on the page; also the download file name, the chart root's test id and its JSON file's name. */
  id: string;
  kind: ChartKind;
  /** Why the chart has nothing to download (no rows, no stance). */
  empty?: string;
};

/** What loads when a chart nears the viewport: its numbers and its body. */
export type ChartData = { table: TableData; body: ChartBodyData };

export type ChartView = { head: ChartHead; data: ChartData };

/* ---------- shared ---------- */

function head(model: Model, h: Omit<ChartHead, 'asOf' | 'empty'>, table: TableData, empty?: string): ChartHead {
  return clean({
    ...h,
    asOf: formatDate(model.dataset.asOf),
    empty: empty ?? (table.rows.length === 0 ? 'Nothing to download: this chart has no data.' : undefined),
  });
}

/** Drops keys whose value is undefined, so the JSON and the page's props stay small and equal. */
function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function link(model: Model, id: string, words: 'channel' | 'summary'): StatementLink {
  const st = model.statementById.get(id);
  if (!st) throw new Error(`unknown statement "${id}"`);
  return {
    id,
    source: st.source,
    speaker: st.actorRecord.name,
    text: words === 'channel' ? st.channel : st.summary,
  };
}

const styleOf = (styles: Map<string, ChartSide>, id: string): ChartSide => {
  const side = styles.get(id);
  if (!side) throw new Error(`unknown stakeholder "${id}"`);
  return side;
};

/* ---------- 1. demands by side ---------- */

export function demandsChartView(model: Model): ChartView {
  const rows = figures.demandCounts(model);
  const styles = chartSides(model);
  const issues = model.issues.map((issue, i) => ({ id: issue.id, title: issue.title, ...issueFill(i) }));
  const table: TableData = {
    columns: ['Side', ...model.issues.map((i) => i.title), 'Total'],
    rows: rows.map((r) => [
      styleOf(styles, r.stakeholder).name,
      ...model.issues.map((i) => r[i.id] as number),
      r.total,
    ]),
  };
  return {
    head: head(
      model,
      {
        id: 'demands-by-side',
        kind: 'demands',
        title: 'Demands by side and issue',
        takeaway: figures.demandCountsTakeaway(model, rows),
        source: citeStatementSources(
          model,
          standingDemands(model).flatMap((d) => d.statements),
        ),
        legend: issues.map((i) => ({ label: i.title, fill: i.fill })),
      },
      table,
    ),
    data: {
      table,
      body: {
        kind: 'demands',
        bars: {
          sides: rows.map((r) => styleOf(styles, r.stakeholder)),
          issues,
          counts: rows.map((r) => Object.fromEntries(model.issues.map((i) => [i.id, r[i.id] as number]))),
        },
        groups: demandsBySide(model).map(({ side, demands }) => ({
          side: { id: side.id, name: side.name },
          demands: demands.map((d) => ({
            id: d.id,
            kind: d.kind,
            text: d.text,
            issue: d.issue.title,
            statements: d.statements.map((st) => link(model, st.id, 'channel')),
          })),
        })),
      },
    },
  };
}

/* ---------- 2. demand–response grid ---------- */

/** Demands drawn in the grid; the takeaway, table and downloads cover them all. */
export const GRID_DEMAND_LIMIT = 40;

export function responsesChartView(model: Model): ChartView {
  const rows = figures.responseGrid(model);
  const styles = chartSides(model);
  // A column for each side that may respond (lib/sides.ts): observers get none.
  const columns = respondents([...styles.values()]).map(({ id, name, color, shape }) => ({ id, name, color, shape }));
  const cellFor = (row: (typeof rows)[number], side: string) => row.cells.find((c) => c.stakeholder === side);
  const table: TableData = {
    // Each side's column holds verdicts that are analysts' readings of its words: the header says so.
    columns: ['Side', 'Demand', ...columns.map((c) => `${c.name}: ${RESPONSE_HEAD.toLowerCase()}`)],
    rows: rows.map((r) => [
      styleOf(styles, r.stakeholder).name,
      `${r.kind === 'rules-out' ? 'Rules out: ' : ''}${r.text}`,
      ...columns.map((c) =>
        c.id === r.stakeholder ? '(own demand)' : RESPONSE_LABELS[cellFor(r, c.id)?.response ?? 'none'],
      ),
    ]),
  };
  const drawn: ResponseRowView[] = rows.slice(0, GRID_DEMAND_LIMIT).map((r) => {
    const { id, name, color, shape } = styleOf(styles, r.stakeholder);
    return {
      demand: r.demand,
      side: { id, name, color, shape },
      kind: r.kind,
      text: r.text,
      issue: model.issueById.get(r.issue)?.title ?? r.issue,
      cells: columns.map((c) => {
        if (c.id === r.stakeholder) return { own: true as const };
        const cell = cellFor(r, c.id);
        return clean({
          response: cell?.response ?? 'none',
          rationale: cell?.rationale,
          statements: (cell?.statements ?? []).map((st) => link(model, st, 'summary')),
        });
      }),
    };
  });
  return {
    head: head(
      model,
      {
        id: 'demand-responses',
        kind: 'responses',
        title: 'Demand–response grid',
        takeaway: figures.responseGridTakeaway(model, rows),
        source: citeStatementSources(model),
      },
      table,
    ),
    data: { table, body: { kind: 'responses', columns, rows: drawn, total: rows.length } },
  };
}

/* ---------- 3. stance spectrum ---------- */

export function spectrumChartView(model: Model, issueId: string): ChartView {
  const issue = model.issueById.get(issueId);
  if (!issue) throw new Error(`unknown issue "${issueId}"`);
  const data = figures.spectrum(model, issueId);
  const styles = chartSides(model);
  const current = (id: string) => data.marks.find((m) => m.current && m.stakeholder === id);
  const abbr = (id: string) => styles.get(id)?.abbreviation ?? id;
  const low = data.gap && current(data.gap.low);
  const high = data.gap && current(data.gap.high);
  const gap =
    data.gap && low && high
      ? { ...gapBand(low, high), gap: data.gap.gap, pair: `${abbr(data.gap.a)}–${abbr(data.gap.b)}` }
      : null;
  const approx = (position: string) => model.positionDateApprox.get(position);
  const table: TableData = {
    // The date as read, then as a spreadsheet sorts it (YYYY-MM-DD) and whether the source only gives it roughly.
    columns: [
      'Side',
      'Stance (0–100)',
      'Point or range',
      'Where on the scale (analyst judgement, in words)',
      'As of',
      'As of (ISO date)',
      'As of approximate',
      'Current',
      'Rationale (analyst judgement)',
    ],
    rows: data.marks.map((m) => [
      styleOf(styles, m.stakeholder).name,
      formatStance(m, 'bare'),
      isRange(m) ? 'range' : 'point',
      stanceWords(issue, stancePlace(m)),
      formatDate(m.asOf, approx(m.position)),
      m.asOf,
      approx(m.position) ? 'yes' : 'no',
      m.current ? 'yes' : 'earlier',
      m.rationale,
    ]),
  };
  const positions = model.positions.filter((p) => p.issue === issueId);
  return {
    head: head(
      model,
      {
        id: `spectrum-${issueId}`,
        kind: 'spectrum',
        title: `Stance spectrum: ${issue.title}`,
        takeaway: figures.spectrumTakeaway(model, data),
        source: citeStatementSources(
          model,
          positions.flatMap((p) => p.statements),
        ),
        scale: { min: issue.scale.min.short, mid: issue.scale.mid.short, max: issue.scale.max.short },
        judgement: true,
        warning: spreadWarning(
          data.marks.filter((m) => m.current).map((m) => m.asOf),
          model.dataset.staleAfterDays,
        ),
      },
      table,
      data.marks.length === 0 ? 'Nothing to download: no side has a stance on this issue in the data.' : undefined,
    ),
    data: {
      table,
      body: {
        kind: 'spectrum',
        spectrum:
          data.marks.length === 0
            ? null
            : {
                issueTitle: issue.title,
                minLabel: issue.scale.min.short,
                midLabel: issue.scale.mid.short,
                maxLabel: issue.scale.max.short,
                marks: data.marks.map((m) => ({
                  side: styleOf(styles, m.stakeholder),
                  ...stancePlace(m),
                  asOf: formatDate(m.asOf, approx(m.position)),
                  rationale: m.rationale,
                  current: m.current,
                })),
                gap,
              },
      },
    },
  };
}

/* ---------- 4. gap heatmap ---------- */

/** Sides drawn per heatmap (the first in file order); past a dozen the grid no longer reads at a glance. */
export const HEATMAP_SIDE_LIMIT = 12;

export function gapChartView(model: Model): ChartView {
  const styles = chartSides(model);
  const matrices = model.issues.map((issue) => ({ issue, data: figures.gapMatrix(model, issue.id) }));
  const views: GapView[] = matrices.map(({ issue, data }) => {
    const n = Math.min(data.sides.length, HEATMAP_SIDE_LIMIT);
    const takeaway =
      figures.gapTakeaway(model, data) +
      (data.sides.length > n
        ? ` The grid draws the first ${n} of ${data.sides.length} sides; the table has every pair.`
        : '');
    const warning = spreadWarning(
      data.sides.slice(0, n).flatMap((s) => positionTrack(model, s, issue.id).current?.asOf ?? []),
      model.dataset.staleAfterDays,
    );
    return clean({
      issue: issue.id,
      title: issue.title,
      sides: data.sides.slice(0, n).map((s) => styleOf(styles, s)),
      distance: data.distance.slice(0, n).map((row) => row.slice(0, n)),
      takeaway,
      spreadWarning: warning,
    });
  });
  const rows = matrices.flatMap(({ issue, data }) =>
    data.sides.flatMap((a, i) =>
      data.sides
        .slice(i + 1)
        .map((b, k): (string | number)[] => [
          issue.title,
          styleOf(styles, a).name,
          styleOf(styles, b).name,
          formatGapShort(data.distance[i]![i + 1 + k]!),
        ]),
    ),
  );
  const table: TableData = { columns: ['Issue', 'Side A', 'Side B', 'Distance (points)'], rows };
  const first = views[0];
  return {
    head: head(
      model,
      {
        id: 'gap-heatmap',
        kind: 'gaps',
        title: 'Gap heatmap',
        takeaway: first ? first.takeaway : 'No issues in the data.',
        judgement: true,
        readmeNotes: views.flatMap((v) => (v.spreadWarning ? [`Different dates, ${v.title}: ${v.spreadWarning}`] : [])),
        noteText:
          'Distance between two sides’ current stances, in points on the issue’s 0–100 scale. Stances are analyst judgements; where one is a range, the distance is a range too (least–most).',
        source: citeStatementSources(
          model,
          model.positions.flatMap((p) => p.statements),
        ),
      },
      table,
    ),
    data: { table, body: { kind: 'gaps', views } },
  };
}

/* ---------- 5. timeline ---------- */

export function timelineChartView(model: Model, issueId?: string): ChartView {
  const styles = chartSides(model);
  const all = figures.timeline(model);
  const lanes = new Map(model.stakeholders.map((s, i) => [s.id, i]));
  const viewOf = (issue?: string): TimelineProps['views'][string] => {
    const data = figures.timeline(model, issue);
    return {
      points: data.points.map((p) => ({
        x: dateValue(p.date),
        lane: lanes.get(p.stakeholder) ?? 0,
        count: p.count,
        label: formatDate(p.date, p.approx),
        approx: p.approx,
      })),
      takeaway: figures.timelineTakeaway(model, data, issue),
    };
  };
  const issue = issueId ? model.issueById.get(issueId) : undefined;
  if (issueId && !issue) throw new Error(`unknown issue "${issueId}"`);
  const issues = issue ? [issue] : model.issues;
  const views: TimelineProps['views'] = { '': viewOf(issueId) };
  if (!issue) for (const i of issues) views[i.id] = viewOf(i.id);
  const shown = figures.timeline(model, issueId);
  const events = all.events.map((e, n) => ({
    id: e.id,
    label: `E${n + 1} · ${formatDate(e.date, e.dateApprox)} — ${e.label}`,
  }));
  const table: TableData = {
    columns: ['Date', 'Side', 'Statements', 'Statement ids'],
    rows: shown.points.map((p) => [
      formatDate(p.date, p.approx),
      styleOf(styles, p.stakeholder).name,
      p.count,
      p.statements.join(' '),
    ]),
  };
  return {
    head: head(
      model,
      {
        id: issue ? `timeline-${issue.id}` : 'timeline',
        kind: 'timeline',
        title: issue ? `Timeline: ${issue.title}` : 'Timeline of statements',
        takeaway: views['']!.takeaway,
        noteText:
          'Dates are placed to scale. c. = circa: the source gives no exact date. Events the sources name are numbered E1, E2, …',
        legend: [
          { label: 'c. = circa: the source gives no exact date (faint, dashed mark)' },
          ...events.map((e) => ({ label: e.label })),
        ],
        source: citeStatementSources(model),
      },
      table,
    ),
    data: {
      table,
      body: {
        kind: 'timeline',
        timeline: {
          sides: model.stakeholders.map((s) => styleOf(styles, s.id)),
          windows: timeWindows(all.dates.map(dateValue)),
          views,
          issues: issue ? [] : issues.map((i) => ({ id: i.id, title: i.title })),
          events: all.events.map((e) => ({ x: dateValue(e.date), label: e.label, approx: e.dateApprox })),
        },
        events,
      },
    },
  };
}

/* ---------- the page ---------- */

const pages = new WeakMap<Model, ChartView[]>();

/** Every chart of /charts/, in page order (worked out once per model: the page and each JSON file ask). */
export function chartsPageViews(model: Model): ChartView[] {
  let views = pages.get(model);
  if (!views) {
    views = [
      demandsChartView(model),
      responsesChartView(model),
      ...model.issues.map((i) => spectrumChartView(model, i.id)),
      gapChartView(model),
      timelineChartView(model),
    ];
    pages.set(model, views);
  }
  return views;
}

/** Where a chart's data lives in the static export (same origin). */
export const chartDataHref = (id: string) => `/charts/data/${id}.json`;

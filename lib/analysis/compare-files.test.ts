/**
 * Compare's per-issue files: a selection other than the default is drawn from the files of its
 * issues merged into a digest that holds no positions or demands (what the static page gives the
 * browser). Any selection must then read exactly as from the whole digest.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../model';
import { seedData } from '../seed-data';
import { buildCompareData } from './compare-data';
import { compareIssue } from './compare';
import { compareIssueFile, withIssueFiles } from './compare-files';

const model = buildModel(seedData());
const whole = buildCompareData(model);
const empty = { ...whole, positions: {}, demands: [] };
const sides = model.stakeholders.map((s) => s.id);

describe('compare by file', () => {
  it('an issue file holds every side’s position on the issue and the demands on it, nothing else', () => {
    for (const issue of model.issues) {
      const file = compareIssueFile(whole, issue.id);
      // Counted from the records, apart from the code under test.
      const standing = whole.demands.filter((d) => d.issue === issue.id).map((d) => d.id);
      expect(file.demands.map((d) => d.id).sort()).toEqual(standing.sort());
      expect(Object.keys(file.positions).every((key) => key.endsWith(`|${issue.id}`))).toBe(true);
      expect(Object.keys(file.positions)).toHaveLength(
        sides.filter((s) => whole.positions[`${s}|${issue.id}`] !== undefined).length,
      );
    }
  });

  it('every selection of three sides reads the same from the files as from the whole digest', () => {
    const files = model.issues.map((i) => compareIssueFile(whole, i.id));
    const merged = withIssueFiles(empty, files);
    for (let a = 0; a + 2 < sides.length; a++) {
      const chosen = sides.slice(a, a + 3);
      for (const issue of model.issues)
        expect(compareIssue(merged, issue.id, chosen)).toEqual(compareIssue(whole, issue.id, chosen));
    }
  });

  it('a file merged twice, or after another issue’s, neither doubles nor drops a record', () => {
    const [one, two] = model.issues.map((i) => compareIssueFile(whole, i.id));
    const merged = withIssueFiles(withIssueFiles(empty, [one!]), [one!, two!]);
    expect(merged.demands).toHaveLength(one!.demands.length + two!.demands.length);
    expect(Object.keys(merged.positions)).toHaveLength(
      Object.keys(one!.positions).length + Object.keys(two!.positions).length,
    );
  });
});

/**
 * The statement list without JavaScript: a list longer than one page says where it stops and
 * offers no "Show more" button that cannot work. Rendered to static HTML, as the export does.
 */
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildModel } from '@/lib/model';
import { seedData } from '@/lib/seed-data';
import { FilterableStatements } from './filterable-statements';
import { STATEMENT_PAGE } from './statement-list';

/** The seed data with enough copies of its first statement to pass one page. */
function modelWith(statements: number) {
  const raw = seedData();
  const first = raw.statements[0]!;
  for (let i = raw.statements.length; i < statements; i++) raw.statements.push({ ...first, id: `copy-${i}` });
  return buildModel(raw);
}

const html = (count: number) => {
  const model = modelWith(count);
  return renderToStaticMarkup(createElement(FilterableStatements, { model, statements: model.statements }));
};

describe('the statement list with JavaScript off', () => {
  it('a list longer than a page says, without JavaScript, that it shows the first page of all', () => {
    const total = STATEMENT_PAGE + 7;
    const page = html(total);
    expect(page).toContain(`${total} of ${total} statements`);
    expect(page.match(/<article/g)).toHaveLength(STATEMENT_PAGE);
    expect(page).toMatch(new RegExp(`<noscript>.*first ${STATEMENT_PAGE} of ${total} statements.*</noscript>`, 's'));
    // The button that needs JavaScript is hidden when scripting is off.
    expect(page).toMatch(/<div class="noscript:hidden"><button[^>]*>Show 7 more<\/button><\/div>/);
  });

  it('a list that fits on a page makes no such claim', () => {
    const model = modelWith(0);
    const page = html(0);
    expect(page.match(/<article/g)).toHaveLength(model.statements.length);
    expect(page).not.toContain(`first ${STATEMENT_PAGE}`);
    expect(page).not.toContain('Show');
  });
});

import { describe, expect, it } from 'vitest';
import { getModel } from '../data';
import { compareQuery, parseCompareParams } from '.';

const model = getModel();
const choices = {
  stakeholders: model.stakeholders.map((s) => ({ id: s.id, name: s.name })),
  issues: model.issues.map((i) => ({ id: i.id, name: i.title })),
};
const parse = (query: string) => parseCompareParams(new URLSearchParams(query), choices);
const [first, second, third] = model.stakeholders;

describe('compare URL parameters', () => {
  it('reads comma lists and repeated parameters alike, in file order', () => {
    const a = parse(`s=${third!.id},${first!.id}&i=${model.issues[1]!.id}`);
    const b = parse(`s=${first!.id}&s=${third!.id}&i=${model.issues[1]!.id}`);
    expect(a.stakeholders).toEqual([first!.id, third!.id]);
    expect(b).toEqual(a);
    expect(a.issues).toEqual([model.issues[1]!.id]);
    expect(a.messages).toEqual([]);
  });

  it('with no parameters shows the first two stakeholders on every issue, without a message', () => {
    const result = parse('');
    expect(result.stakeholders).toEqual([first!.id, second!.id]);
    expect(result.issues).toEqual(model.issues.map((i) => i.id));
    expect(result.messages).toEqual([]);
  });

  it('reports unknown ids and falls back when fewer than two stakeholders are known', () => {
    const result = parse(`s=${first!.id},atlantis&i=weather`);
    expect(result.unknown).toEqual({ stakeholders: ['atlantis'], issues: ['weather'] });
    expect(result.messages.join(' ')).toMatch(/atlantis/);
    expect(result.messages.join(' ')).toMatch(/weather/);
    expect(result.stakeholders).toEqual([first!.id, second!.id]);
    expect(result.issues).toHaveLength(model.issues.length);
    expect(result.requested.stakeholders).toEqual([first!.id]);
  });

  it('writes a canonical query, leaving out "every issue"', () => {
    const all = model.issues.map((i) => i.id);
    expect(compareQuery(['russia', 'ukraine'], all, all)).toBe('s=russia,ukraine');
    expect(compareQuery(['russia', 'ukraine'], ['territory'], all)).toBe('s=russia,ukraine&i=territory');
  });
});

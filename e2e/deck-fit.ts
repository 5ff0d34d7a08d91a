/**
 * What a reader would miss on an HTML slide: text clipped by a box that hides its overflow, cut by a
 * line clamp or an ellipsis, running out of its box over its neighbours, or past the slide's edge.
 * Run in the page on one `.slide`; returns one line per problem (empty when the slide fits).
 */
export function slideFitProblems(slide: Element): string[] {
  const edge = slide.getBoundingClientRect();
  const problems: string[] = [];
  const say = (why: string, el: Element) =>
    problems.push(`${why}: ${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 60)}”`);
  for (const el of slide.querySelectorAll('*')) {
    if (el.getClientRects().length === 0) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (
      box.right > edge.right + 1 ||
      box.bottom > edge.bottom + 1 ||
      box.left < edge.left - 1 ||
      box.top < edge.top - 1
    ) {
      say('past the slide’s edge', el);
      continue;
    }
    if (!(el instanceof HTMLElement)) continue; // SVG parts: the edge check above is theirs
    const style = getComputedStyle(el);
    const clamp = style.getPropertyValue('-webkit-line-clamp');
    const tall = el.scrollHeight > el.clientHeight + 1;
    const wide = el.scrollWidth > el.clientWidth + 1;
    if (clamp && clamp !== 'none' && tall) say('cut by a line clamp', el);
    else if (style.textOverflow === 'ellipsis' && wide) say('cut by an ellipsis', el);
    else if (el.clientHeight > 0 && style.display !== 'inline' && (tall || wide))
      say(
        style.overflowY !== 'visible' || style.overflowX !== 'visible'
          ? 'clipped (taller or wider than its box, which hides the rest)'
          : 'runs out of its box',
        el,
      );
  }
  return problems;
}

const short = (v: unknown): v is string => typeof v === 'string' && v.length <= 80;

/**
 * How a problem names a record in a list: by its id, or — a record without one, such as a model
 * input of proposals.json — by its side and issue.
 */
export function recordLabel(node: unknown): string {
  if (!node || typeof node !== 'object') return '';
  const { id, stakeholder, issue } = node as { id?: unknown; stakeholder?: unknown; issue?: unknown };
  if (short(id)) return ` (id "${id}")`;
  if (id === undefined && short(stakeholder) && short(issue))
    return ` (stakeholder "${stakeholder}", issue "${issue}")`;
  return '';
}

/** Turns zod's issue path into `statements[3] (id "x").quotes[0]`, naming the record by its id. */
export function fieldPath(issuePath: ReadonlyArray<PropertyKey>, root: unknown): string {
  let out = '';
  let node: unknown = root;
  for (const key of issuePath) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      out += recordLabel(node);
    } else {
      out += (out ? '.' : '') + String(key);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(key)] : undefined;
    }
  }
  return out || '(whole file)';
}

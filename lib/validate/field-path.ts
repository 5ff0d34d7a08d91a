/** Turns zod's issue path into `statements[3] (id "x").quotes[0]`, naming the record by its id. */
export function fieldPath(issuePath: ReadonlyArray<PropertyKey>, root: unknown): string {
  let out = '';
  let node: unknown = root;
  for (const key of issuePath) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      if (typeof id === 'string' && id.length <= 80) out += ` (id "${id}")`;
    } else {
      out += (out ? '.' : '') + String(key);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(key)] : undefined;
    }
  }
  return out || '(whole file)';
}

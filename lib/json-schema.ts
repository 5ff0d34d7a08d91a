import { z } from 'zod';
import { FILES } from './schema';

/** JSON Schema of each data file, keyed by the file's base name ("statements", …). */
export function jsonSchemas(): Record<string, object> {
  return Object.fromEntries(
    Object.entries(FILES).map(([name, { schema }]) => [
      name,
      { $id: `${name}.schema.json`, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) },
    ]),
  );
}

import type { ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values<O extends Options> = {
  [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : string;
} & { help?: boolean };

export function userError(message: string): never;
export function commandLine<O extends Options = Record<never, never>>(
  usage: string,
  config?: { options?: O; positionals?: number; args?: string[] },
): { values: Values<O>; positionals: string[] };
export function dateFlag(flag: string, value: string | undefined): string | undefined;
export function portFlag(flag: string, value: string | undefined, fallback: number): number;

/** The export folder: out/, or STANDPOINT_OUT_DIR, as an absolute path. */
export function outDir(): string;
/** The build an export folder holds (Next's build id), or undefined when it holds none. */
export function buildIdOf(dir: string): string | undefined;

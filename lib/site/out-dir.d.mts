/** The export folder: out/, or STANDPOINT_OUT_DIR, as an absolute path. */
export function outDir(): string;

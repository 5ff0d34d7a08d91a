export function waitForServer(url: string, timeoutMs?: number): Promise<void>;
export function serveBuild(options: {
  port: number;
  dir?: string;
  probe?: string;
}): Promise<{ origin: string; stop: () => void }>;

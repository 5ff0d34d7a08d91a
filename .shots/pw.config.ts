import base from '../playwright.config';
const port = Number(process.env.E2E_PORT ?? 3100);
export default {
  ...base,
  testDir: '../e2e',
  webServer: (base.webServer as { url: string }[]).map((w) => ({ ...w, cwd: '..' })).filter((w) => w.url.includes(`:${port}/`) || w.url.includes(`:${port + 3}/`)),
};

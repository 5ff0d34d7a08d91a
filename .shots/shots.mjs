import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const base = process.argv[2] ?? 'http://127.0.0.1:3280';
const shots = JSON.parse(process.argv[3]);
for (const [name, path, width] of shots) {
  const p = await b.newPage({ viewport: { width, height: 720 } });
  const errors = [];
  p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(base + path, { waitUntil: 'networkidle' });
  await p.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: width < 500 ? false : true });
  console.log(name, errors.join(' | ').slice(0, 500));
  await p.close();
}
await b.close();

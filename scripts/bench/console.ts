// `npm run bench:console`: the console's budget (issue #16): JavaScript on first load, gzipped (≤ 250 kB),
// and the time until the OPD dashboard is interactive (≤ 1.5 s), in Debian's Chromium, against a
// running platform (`npm start`, or a gateway given by --url with a user of its OpenID Provider).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { ensureChromium } from '../chromium';
import { ensureConsoleBuilt } from '../console';

const root = join(import.meta.dirname, '..', '..');
const { values } = parseArgs({ options: { url: { type: 'string', default: 'http://127.0.0.1:8080' }, user: { type: 'string', default: 'dlh' }, password: { type: 'string' }, opd: { type: 'string', default: 'DLH' }, runs: { type: 'string', default: '10' } } });

// 1. What the first load fetches: index.html's module script, its preloaded chunks and stylesheet.
const dist = ensureConsoleBuilt(root);
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
const sizes = assets.map((a) => {
  const raw = readFileSync(join(dist, a));
  return { asset: a, bytes: raw.length, gzip: gzipSync(raw).length };
});
const js = sizes.filter((s) => s.asset.endsWith('.js')).reduce((sum, s) => sum + s.gzip, 0);
console.log('| first-load asset | bytes | gzipped |\n| --- | --- | --- |');
for (const s of sizes) console.log(`| ${s.asset} | ${s.bytes.toLocaleString('en')} | ${s.gzip.toLocaleString('en')} |`);
console.log(`\nJavaScript on first load, gzipped: ${(js / 1024).toFixed(1)} kB (budget 250 kB: ${js <= 250 * 1024 ? 'met' : 'missed'})\n`);

// 2. Time to an interactive dashboard: navigation start → KPIs, the four charts drawn and the
// programme table in place, the main thread then idle (measured in the page).
const password = values.password ?? (JSON.parse(readFileSync(join(root, '.local', 'identity-users.json'), 'utf8')) as { users: { username: string; password: string }[] }).users.find((u) => u.username === values.user)?.password;
if (!password) throw new Error(`no password for ${values.user}: pass --password or run npm start once`);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
  await page.goto(`${values.url}/`);
  await page.getByRole('button', { name: 'Masuk dengan akun Pemkot Salatiga' }).click();
  await page.getByLabel('Nama pengguna').fill(values.user!);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.locator('.who').waitFor();
  // Each load measured twice over: with the browser's cache emptied first (a first visit: every
  // asset fetched) and with it warm (the next visits).
  const cdp = await page.context().newCDPSession(page);
  const load = async (cold: boolean) => {
    if (cold) await cdp.send('Network.clearBrowserCache');
    await page.goto(`${values.url}/opd/${values.opd}`);
    await page.locator('#program-effectiveness, #programs-effect-title + p').first().waitFor({ timeout: 30_000 });
    // Page code as strings: this script is compiled without the DOM's types.
    await page.waitForFunction("document.querySelectorAll('[data-kpi] .kpi-value').length >= 6 && document.querySelectorAll('[data-chart] canvas').length === 4");
    return page.evaluate<number>('new Promise((resolve) => requestIdleCallback(() => resolve(performance.now()), { timeout: 1000 }))');
  };
  const summary = (times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    return { text: `p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`, max: sorted.at(-1)! };
  };
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < Number(values.runs); run++) {
    cold.push(await load(true));
    warm.push(await load(false));
  }
  const [c, w] = [summary(cold), summary(warm)];
  console.log(`Dashboard of ${values.opd} interactive after navigation (KPIs, four charts drawn, programme table, then idle), ${cold.length} loads each:`);
  console.log(`  cache emptied first: ${c.text}`);
  console.log(`  cache warm:          ${w.text}`);
  console.log(`  budget 1,500 ms: ${Math.max(c.max, w.max) <= 1500 ? 'met' : 'missed'}`);
} finally {
  await browser.close();
}

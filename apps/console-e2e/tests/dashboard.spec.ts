import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { RpcResponse } from '@asn/contracts';
import { apiAs, checkPage, idNumber, idPercent, signIn, state } from './helpers';

type OpdMetrics = RpcResponse<'analytics', 'GetOpdMetrics'>;
const thisYear = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Jakarta' }).format(new Date()));

const kpi = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] .kpi-value`);
/** A chart's data table, row by row (the figures the chart draws). */
const chartRows = async (page: Page, chart: string) => page.locator(`[data-chart="${chart}"] tbody tr`).evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent?.trim())));

/** The dashboard shows the API's figures for the OPD and year, in Indonesian formats. */
async function expectFigures(page: Page, m: OpdMetrics) {
  await expect(kpi(page, 'active-employees')).toHaveText(idNumber(m.activeEmployees));
  await expect(kpi(page, 'jp-compliant-share')).toHaveText(idPercent(Number(m.jpCompliantShare)));
  await expect(kpi(page, 'average-jp')).toHaveText(idNumber(Number(m.averageJp)));
  await expect(kpi(page, 'average-ip-asn')).toHaveText(idNumber(Number(m.averageIpAsn)));
  await expect(kpi(page, 'citizens-reached')).toHaveText(idNumber(m.citizensReached));
  expect((await chartRows(page, 'jp-distribution')).map((r) => Number(r[1]))).toEqual(m.jpDistribution.map((b) => b.employees));
  expect((await chartRows(page, 'ip-asn-categories')).map((r) => Number(r[1]))).toEqual(m.ipAsnCategories.map((c) => c.employees));
  expect((await chartRows(page, 'ideas-funnel')).map((r) => Number(r[1]))).toEqual([m.ideas!.submitted, m.ideas!.approved, m.ideas!.launched]);
  const gaps = await page.locator('#top-gaps tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent?.trim())));
  expect(gaps).toEqual(m.topGaps.map((g) => [g.code, idNumber(g.employees), idNumber(Number(g.averageGap))]));
}

test.describe('the OPD dashboard', () => {
  test('shows an agency its own OPD: compliance, JP distribution, IP ASN, gaps and ideas as the API counts them', async ({ page }, info) => {
    const agency = state.users.agency;
    await signIn(page, agency);
    const m = await apiAs<OpdMetrics>(agency, `/v1/metrics/opd/DLH?year=${thisYear}`);
    expect(m.activeEmployees).toBeGreaterThan(0); // the demo has DLH staff with training this year
    await expectFigures(page, m);
    await expect(page.getByRole('heading', { name: 'Dasbor OPD DLH' })).toBeVisible();
    // Training effectiveness (L1–L3) of the year's programmes, flagged ones first and marked.
    const programs = await apiAs<{ items: { programId: string; code: string; title: string; completions: number; feedbackCount: number; flaggedForRevision: boolean }[] }>(agency, `/v1/metrics/programs?year=${thisYear}`);
    const shown = programs.items.filter((p) => p.completions > 0 || p.feedbackCount > 0);
    expect(shown.length).toBeGreaterThan(0);
    await expect(page.locator('#program-effectiveness tbody tr')).toHaveCount(shown.length);
    const flags = await page.locator('#program-effectiveness tbody tr').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-program'), r.getAttribute('data-flagged')]));
    expect(Object.fromEntries(flags)).toEqual(Object.fromEntries(shown.map((p) => [p.programId, String(p.flaggedForRevision)])));
    expect(flags.map(([, f]) => f)).toEqual([...flags.map(([, f]) => f)].sort().reverse()); // flagged first
    for (const p of shown) await expect(page.locator(`#program-effectiveness tr[data-program="${p.programId}"] th`)).toContainText(`${p.title} (${p.code})`);
    await checkPage(page, 'dasbor-opd', info);
  });

  test('switches the year and shows that year’s figures', async ({ page }) => {
    const agency = state.users.agency;
    await signIn(page, agency);
    await page.getByLabel('Tahun').selectOption(String(thisYear - 1));
    await expect(page).toHaveURL(`${state.gatewayUrl}/opd/DLH?year=${thisYear - 1}`);
    await expectFigures(page, await apiAs<OpdMetrics>(agency, `/v1/metrics/opd/DLH?year=${thisYear - 1}`));
  });

  test('tells an agency in Bahasa Indonesia that another OPD is not theirs, and shows nothing of it', async ({ page }) => {
    await signIn(page, state.users.agency, '/opd/DINKES');
    await expect(page.getByRole('alert')).toHaveText(/Anda hanya dapat mengakses data OPD Anda sendiri\./);
    await expect(page.locator('[data-kpi]')).toHaveCount(0);
  });

  test('lets an analyst look at any OPD', async ({ page }) => {
    const analyst = state.users.analyst;
    await signIn(page, analyst, '/opd/DLH');
    await page.getByRole('textbox', { name: 'OPD' }).fill('DINKES');
    await page.getByRole('button', { name: 'OK' }).click();
    await expect(page).toHaveURL(`${state.gatewayUrl}/opd/DINKES`);
    await expectFigures(page, await apiAs<OpdMetrics>(analyst, `/v1/metrics/opd/DINKES?year=${thisYear}`));
  });

  test('saves a chart as a PNG image', async ({ page }) => {
    await signIn(page, state.users.agency);
    await expect(kpi(page, 'active-employees')).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Simpan PNG: Sebaran JP pegawai' }).click()]);
    expect(download.suggestedFilename()).toBe(`DLH-${thisYear}-jp.png`);
    const png = readFileSync(await download.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(2000); // a drawn chart, not an empty canvas
  });

  test('speaks English on request, with English number formats, and keeps the choice', async ({ page }, info) => {
    const agency = state.users.agency;
    await signIn(page, agency);
    const m = await apiAs<OpdMetrics>(agency, `/v1/metrics/opd/DLH?year=${thisYear}`);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'OPD dashboard DLH' })).toBeVisible();
    await expect(kpi(page, 'jp-compliant-share')).toHaveText(new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(Number(m.jpCompliantShare)));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'OPD dashboard DLH' })).toBeVisible();
    await checkPage(page, 'opd-dashboard-en', info);
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Dasbor OPD DLH' })).toBeVisible();
  });
});

import { readFileSync } from 'node:fs';
import { expect, test, type Download } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { RpcResponse } from '@asn/contracts';
import { readPdf } from '@asn/testing/files';
import { apiAs, checkPage, signIn, state } from './helpers';

type NeedsPlan = RpcResponse<'analytics', 'GetNeedsPlan'>;
const planYear = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Jakarta' }).format(new Date())) + 1;

/** A downloaded workbook, read back with exceljs: each sheet's rows as plain values. */
async function sheetsOf(download: Download): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  return Object.fromEntries(wb.worksheets.map((ws) => [ws.name, ws.getSheetValues().slice(1).map((r) => (Array.isArray(r) ? r.slice(1) : []))]));
}

test.describe('exports people can open', () => {
  test('the needs plan of an OPD as Excel (its sheet, every entry, the totals) and as PDF', async ({ page }, info) => {
    const agency = state.users.agency;
    const plan = await apiAs<NeedsPlan>(agency, `/v1/plans/opd/DLH?year=${planYear}`);
    expect(plan.entries.length).toBeGreaterThan(0);
    await signIn(page, agency);
    await page.getByRole('link', { name: 'Rencana (AKPK)' }).click();
    await expect(page.locator('#plan tbody tr')).toHaveCount(Math.min(plan.entries.length, 50)); // the first page of 50
    await checkPage(page, 'rencana-akpk', info);
    // The summary is the whole plan's; the table a page of it, the next page where the first ended.
    await expect(page.locator('#plan-summary')).toContainText(`${plan.entries.length} pegawai`);
    const pages = Math.ceil(plan.entries.length / 50);
    await expect(page.getByText(`Halaman 1 dari ${pages}`)).toBeVisible();
    if (pages > 1) {
      await page.getByRole('button', { name: 'Berikutnya' }).click();
      await expect(page.locator('#plan tbody tr')).toHaveCount(Math.min(plan.entries.length - 50, 50));
      await expect(page.locator('#plan tbody tr').first()).toContainText(plan.entries[50]!.nip);
      await page.getByRole('button', { name: 'Sebelumnya' }).click();
      await expect(page.locator('#plan tbody tr').first()).toContainText(plan.entries[0]!.nip);
    }

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh Excel' }).click()]);
    expect(xlsx.suggestedFilename()).toBe(`AKPK-DLH-${planYear}.xlsx`);
    const sheets = await sheetsOf(xlsx);
    expect(Object.keys(sheets)).toEqual(['DLH']);
    const rows = sheets.DLH!;
    expect(rows[0]![0]).toBe(`Rencana kebutuhan pengembangan kompetensi (AKPK) DLH ${planYear}`);
    expect(rows[2]).toEqual(['NIP', 'Nama', 'Kesenjangan kompetensi', 'Program yang disarankan', 'Kekurangan JP']);
    const body = rows.slice(3, 3 + plan.entries.length);
    expect(body.map((r) => [r[0], r[1], r[4]])).toEqual(plan.entries.map((e) => [e.nip, e.name, Number(e.jpMissing)]));
    const totals = rows[3 + plan.entries.length]!;
    expect(totals[0]).toBe('Jumlah');
    expect(totals[4]).toBe(plan.entries.reduce((s, e) => s + Number(e.jpMissing), 0));

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh PDF' }).click()]);
    expect(pdf.suggestedFilename()).toBe(`AKPK-DLH-${planYear}.pdf`);
    const read = await readPdf(readFileSync(await pdf.path()));
    expect(read.text).toContain(`Rencana kebutuhan pengembangan kompetensi (AKPK) DLH ${planYear}`);
    expect(read.text).toContain(plan.entries[0]!.name);
  });

  test('an admin exports several OPDs at once: one sheet per OPD', async ({ page }) => {
    const admin = state.users.admin;
    const dinkes = await apiAs<NeedsPlan>(admin, `/v1/plans/opd/DINKES?year=${planYear}`);
    await signIn(page, admin, '/opd/DLH/rencana');
    await page.getByLabel('OPD lain (satu lembar per OPD)').fill('DINKES');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh Excel' }).click()]);
    const sheets = await sheetsOf(xlsx);
    expect(Object.keys(sheets)).toEqual(['DLH', 'DINKES']);
    expect(sheets.DINKES!.length).toBe(3 + dinkes.entries.length + 1);
  });

  test('an OPD’s whole employee list as Excel, every page of it', async ({ page }, info) => {
    const agency = state.users.agency;
    const list = await apiAs<{ total: number; items: { nip: string }[] }>(agency, '/v1/employees?opd=DLH&pageSize=100');
    await signIn(page, agency);
    await page.getByRole('link', { name: 'Pegawai', exact: true }).click();
    await expect(page.getByRole('heading', { name: `${list.total} pegawai` })).toBeVisible();
    await checkPage(page, 'daftar-pegawai', info);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh Excel' }).click()]);
    const [rows] = Object.values(await sheetsOf(xlsx));
    expect(rows![0]).toEqual(['NIP', 'Nama', 'Jabatan', 'Golongan', 'Pendidikan', 'Status']);
    expect(rows!.length - 1).toBe(list.total);
    expect(rows!.slice(1).map((r) => r[0]).sort()).toEqual(list.items.map((e) => e.nip).sort());
  });

  test('JP per employee of an OPD, furthest behind first, and as Excel', async ({ page }, info) => {
    const agency = state.users.agency;
    const list = await apiAs<{ items: { name: string; metrics: { nip: string; jp: { total: number } } }[] }>(agency, '/v1/metrics/opd/DLH/employees');
    const expected = [...list.items].sort((a, b) => a.metrics.jp.total - b.metrics.jp.total || a.name.localeCompare(b.name));
    await signIn(page, agency);
    await page.getByRole('link', { name: 'JP per pegawai' }).click();
    await expect(page.locator('#jp-per-employee tbody tr')).toHaveCount(expected.length);
    expect(await page.locator('#jp-per-employee tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-nip')))).toEqual(expected.map((e) => e.metrics.nip));
    await checkPage(page, 'jp-per-pegawai', info);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh Excel' }).click()]);
    const [rows] = Object.values(await sheetsOf(xlsx));
    expect(rows![0]!.slice(0, 3)).toEqual(['NIP', 'Nama', 'JP']);
    expect(rows!.slice(1).map((r) => [r[0], r[2]])).toEqual(expected.map((e) => [e.metrics.nip, e.metrics.jp.total]));
  });
});

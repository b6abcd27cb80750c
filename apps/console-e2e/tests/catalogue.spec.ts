import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { apiAs, apiPost, checkPage, signIn, state } from './helpers';

interface Page<T> {
  items: T[];
  total: number;
}

/** A WIB calendar date `days` from today. */
const wibDate = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

test.describe('the training catalogue and its sessions', () => {
  test('lists and searches the catalogue as the API does', async ({ page }, info) => {
    await signIn(page, state.users.agency);
    await page.getByRole('link', { name: 'Pelatihan' }).click();
    const all = await apiAs<Page<{ title: string }>>(state.users.agency, '/v1/programs?pageSize=20');
    await expect(page.getByRole('heading', { name: `${all.total} program` })).toBeVisible();
    await expect(page.locator('#programs tbody tr')).toHaveCount(Math.min(all.total, 20));
    await checkPage(page, 'katalog-pelatihan', info);
    await page.getByLabel('Cari', { exact: true }).fill('AMDAL');
    await page.getByRole('button', { name: 'Cari' }).click();
    const found = await apiAs<Page<{ title: string }>>(state.users.agency, '/v1/programs?pageSize=20&q=AMDAL');
    await expect(page.locator('#programs tbody th')).toHaveText(found.items.map((p) => p.title));
  });

  test('an admin publishes a programme and schedules a session of two seats; an agency enrols, is told clearly when the session filled meanwhile, and sees it closed; the admin records the completion', async ({ page, browser }, info) => {
    const staff = await apiAs<Page<{ nip: string; name: string }>>(state.users.admin, '/v1/employees?opd=DLH&pageSize=3');
    const [first, second, third] = staff.items;
    const code = `E2E-${info.project.name.toUpperCase()}-${Date.now().toString(36).toUpperCase()}`;

    await signIn(page, state.users.admin, '/pelatihan');
    await page.getByLabel('Kode').fill(code);
    await page.getByLabel('Program', { exact: true }).fill('Pelatihan Uji Konsol');
    await page.getByLabel('Kategori', { exact: true }).last().selectOption('technical');
    await page.getByLabel('JP', { exact: true }).fill('8');
    await page.getByLabel('Kompetensi', { exact: true }).fill('K-AMDAL');
    await page.getByRole('button', { name: 'Terbitkan' }).click();
    await expect(page.getByRole('heading', { name: 'Pelatihan Uji Konsol', level: 1 })).toBeVisible();
    const programUrl = page.url();
    await page.getByLabel('Mulai').fill(wibDate(-2));
    await page.getByLabel('Selesai', { exact: true }).fill(wibDate(-1));
    await page.getByLabel('Kapasitas').fill('2');
    await page.getByLabel('Tempat').fill('Aula BKPSDM');
    await page.getByRole('button', { name: 'Jadwalkan', exact: true }).click();
    await expect(page.locator('[data-seats="0/2"]')).toBeVisible();

    // The agency of DLH enrols one of its staff and sees the seat taken.
    const context = await browser.newContext();
    const agency = await context.newPage();
    await signIn(agency, state.users.agency, new URL(programUrl).pathname);
    await agency.getByLabel('NIP pegawai').fill(first!.nip);
    await agency.getByRole('button', { name: 'Daftarkan' }).click();
    await expect(agency.getByRole('status')).toHaveText('Pegawai berhasil didaftarkan.');
    await expect(agency.locator('[data-seats="1/2"]')).toContainText('sisa 1');
    // Meanwhile a colleague (through the API) takes the last seat: the enrolment made on the page,
    // which still shows one seat left, is refused with SESSION_FULL, said plainly, and the card then
    // shows the session full, with no form left to try again.
    const sessionId = await agency.locator('[data-session]').getAttribute('data-session');
    expect(await apiPost(state.users.agency, `/v1/sessions/${sessionId}/enrollments`, { nip: second!.nip })).toBe(201);
    await agency.getByLabel('NIP pegawai').fill(third!.nip);
    await agency.getByRole('button', { name: 'Daftarkan' }).click();
    await expect(agency.getByRole('alert')).toHaveText('Kuota sesi sudah penuh. Pilih sesi lain.');
    await expect(agency.getByRole('alert')).toHaveAttribute('data-code', 'SESSION_FULL');
    await expect(agency.locator('[data-seats="2/2"]')).toContainText('penuh');
    await expect(agency.locator('[data-enrolment="closed"]')).toHaveText('Pendaftaran ditutup: semua kursi sesi ini sudah terisi. Pilih sesi lain atau hubungi BKPSDM.');
    await expect(agency.getByLabel('NIP pegawai')).toHaveCount(0);
    await agency.getByText('Pegawai terdaftar').click();
    await expect(agency.locator('details table tbody tr')).toHaveCount(2);
    expect((await agency.locator('details table tbody th').allTextContents()).sort()).toEqual([first!.name, second!.name].sort());
    await checkPage(agency, 'sesi-pelatihan-penuh', info);
    await context.close();

    // The admin records the first one's completion: passed, 8 JP.
    await page.reload();
    await page.getByText('Pegawai terdaftar').click();
    const row = page.locator('details table tbody tr', { hasText: first!.nip });
    await row.getByLabel('JP', { exact: true }).fill('8');
    await row.getByLabel('Pre-test').fill('60');
    await row.getByLabel('Post-test').fill('85');
    await row.getByLabel('Lulus').check();
    await row.getByLabel('Selesai pada').fill(wibDate(-1));
    await row.getByRole('button', { name: 'Catat' }).click();
    await expect(row.locator('td').nth(1)).toHaveText('Lulus · 8 JP');
    // The session's list as Excel.
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.locator('details').getByRole('button', { name: 'Unduh Excel' }).click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await xlsx.path()) as unknown as ArrayBuffer);
    const rows = wb.worksheets[0]!.getSheetValues().slice(1).map((r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(rows[0]).toEqual(['NIP', 'Nama', 'Status', 'JP', 'Hasil']);
    expect(rows).toHaveLength(3);
    expect(rows).toContainEqual([first!.nip, first!.name, 'Selesai', 8, 'Lulus']);
    expect(rows.find((r) => r[0] === second!.nip)?.slice(0, 3)).toEqual([second!.nip, second!.name, 'Terdaftar']);
  });
});

import { expect, test, type Page } from '@playwright/test';
import { apiAs, checkPage, signIn, state } from './helpers';

// Every page on a 360 px phone: laid out, accessible (axe), and photographed under tmp/screenshots/.
// The flows behind them run on the desktop (the other spec files).

/** Opens a page of the signed-in user's and waits until it has drawn its content. */
async function visit(page: Page, path: string, ready: string) {
  await page.goto(`${state.gatewayUrl}${path}`);
  await expect(page.locator(ready).first()).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
}

test('the signed-out pages', async ({ page }, info) => {
  await page.goto(`${state.gatewayUrl}/`);
  await expect(page.getByRole('button', { name: 'Masuk dengan akun Pemkot Salatiga' })).toBeVisible();
  await checkPage(page, 'masuk', info);
  await page.getByRole('button', { name: 'Masuk dengan akun Pemkot Salatiga' }).click();
  await expect(page.getByLabel('Nama pengguna')).toBeVisible();
  await checkPage(page, 'masuk-formulir', info);
});

test('an agency’s pages', async ({ page }, info) => {
  const agency = state.users.agency;
  const program = (await apiAs<{ items: { id: string }[] }>(agency, '/v1/programs?pageSize=1')).items[0]!;
  await signIn(page, agency);
  for (const [path, ready, name] of [
    ['/opd/DLH', '[data-chart] canvas', 'dasbor-opd'],
    ['/opd/DLH/pegawai', '#employees', 'daftar-pegawai'],
    ['/opd/DLH/jp', '#jp-per-employee', 'jp-per-pegawai'],
    ['/opd/DLH/rencana', '#plan', 'rencana-akpk'],
    ['/opd/DLH/tindak-lanjut', 'article.follow-up', 'tindak-lanjut'],
    ['/pelatihan', '#programs', 'katalog-pelatihan'],
    [`/pelatihan/${program.id}`, 'article.session', 'sesi-pelatihan'],
    ['/ide', 'article.idea', 'ide-opd'],
    [`/pegawai/${state.users.employee.nip}`, '#jp-total', 'profil-pegawai-opd'],
  ] as const) {
    await visit(page, path, ready);
    await checkPage(page, name, info);
  }
});

test('an analyst’s and an employee’s pages', async ({ page, browser }, info) => {
  await signIn(page, state.users.analyst);
  await visit(page, '/kota', '#city tbody tr');
  await checkPage(page, 'gambaran-kota', info);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const employee = await context.newPage();
  await signIn(employee, state.users.employee);
  await visit(employee, `/pegawai/${state.users.employee.nip}`, '#jp-total');
  await checkPage(employee, 'profil-pegawai', info);
  await visit(employee, '/ide?view=launched', 'article.idea');
  await checkPage(employee, 'ide-pegawai', info);
  await context.close();
});

test('the public verification page', async ({ page }, info) => {
  const admin = state.users.admin;
  const staff = await apiAs<{ items: { nip: string }[] }>(admin, '/v1/employees?opd=DLH&pageSize=20');
  let number: string | undefined;
  for (const { nip } of staff.items) {
    const profile = await apiAs<{ learning: { completion?: { certificate?: { number: string } } }[] }>(admin, `/v1/employees/${nip}/profile`);
    number = profile.learning.find((l) => l.completion?.certificate)?.completion!.certificate!.number;
    if (number) break;
  }
  expect(number).toBeDefined();
  await visit(page, `/verify/${number!.replaceAll('/', '-')}`, '[data-valid="true"]');
  await checkPage(page, 'verifikasi-sertifikat', info);
  await visit(page, '/verify/SLTG-1999-999999', '[data-valid="false"]');
  await checkPage(page, 'verifikasi-sertifikat-palsu', info);
});

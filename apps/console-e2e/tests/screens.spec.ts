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

// One test per page, on one signed-in page: each has its own time budget and a failure names its page
// (nine pages with axe and a full-page screenshot each came within seconds of one test's budget).
test.describe('an agency’s pages', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  let programId: string;
  test.beforeAll(async ({ browser }) => {
    programId = (await apiAs<{ items: { id: string }[] }>(state.users.agency, '/v1/programs?pageSize=1')).items[0]!.id;
    // A context made here takes the project's options (the phone) like the `page` fixture's; axe
    // opens pages of its own in it, which a context made by browser.newPage() refuses.
    page = await (await browser.newContext()).newPage();
    expect(page.viewportSize()?.width, 'the phone’s width').toBe(360);
    await signIn(page, state.users.agency);
  });
  test.afterAll(async () => page?.context().close());

  for (const [path, ready, name] of [
    ['/opd/DLH', '[data-chart] canvas', 'dasbor-opd'],
    ['/opd/DLH/pegawai', '#employees', 'daftar-pegawai'],
    ['/opd/DLH/jp', '#jp-per-employee', 'jp-per-pegawai'],
    ['/opd/DLH/rencana', '#plan', 'rencana-akpk'],
    ['/opd/DLH/tindak-lanjut', 'article.follow-up', 'tindak-lanjut'],
    ['/pelatihan', '#programs', 'katalog-pelatihan'],
    ['/pelatihan/:program', 'article.session', 'sesi-pelatihan'],
    ['/ide', 'article.idea', 'ide-opd'],
    ['/pegawai/:nip', '#jp-total', 'profil-pegawai-opd'],
  ] as const) {
    test(name, async ({}, info) => {
      await visit(page, path.replace(':program', programId).replace(':nip', state.users.employee.nip!), ready);
      await checkPage(page, name, info);
    });
  }
});

test('an analyst’s pages', async ({ page }, info) => {
  await signIn(page, state.users.analyst);
  await visit(page, '/kota', '#city tbody tr');
  await checkPage(page, 'gambaran-kota', info);
});

test('an employee’s pages', async ({ page }, info) => {
  await signIn(page, state.users.employee);
  await visit(page, `/pegawai/${state.users.employee.nip}`, '#jp-total');
  await checkPage(page, 'profil-pegawai', info);
  await visit(page, '/ide?view=launched', 'article.idea');
  await checkPage(page, 'ide-pegawai', info);
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

import { expect, test } from '@playwright/test';
import { checkPage, signIn, state } from './helpers';

const wibDate = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

test.describe('the ideas board', () => {
  test('an employee submits an idea; the agency reviews, approves and launches it and records citizens; everyone sees the initiative', async ({ page, browser }, info) => {
    const title = `Taman Hujan ${info.project.name} ${Date.now().toString(36)}`;
    await signIn(page, state.users.employee);
    await page.getByRole('link', { name: 'Ide inovasi' }).click();
    await page.getByLabel('Judul ide').fill(title);
    await page.getByLabel('Masalah').fill('Genangan air di sekitar kantor kelurahan setiap hujan deras.');
    await page.getByLabel('Usulan').fill('Membuat taman hujan dan sumur resapan bersama warga.');
    await page.getByLabel('Kategori').selectOption('environment');
    await page.getByRole('button', { name: 'Ajukan', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText('Ide berhasil diajukan.');
    const mine = page.locator('article.idea').filter({ hasText: title });
    await expect(mine).toHaveAttribute('data-status', 'submitted');
    await checkPage(page, 'ide-pegawai', info);

    // The agency of the employee's OPD moves it along: only the moves the lifecycle allows are offered.
    const context = await browser.newContext();
    const agency = await context.newPage();
    await signIn(agency, state.users.agency, '/ide');
    const card = agency.locator('article.idea').filter({ hasText: title });
    await expect(card.getByRole('button')).toHaveText(['Mulai telaah']);
    await card.getByRole('button', { name: 'Mulai telaah' }).click();
    await expect(card).toHaveAttribute('data-status', 'under-review');
    await expect(card.getByRole('button')).toHaveText(['Setujui', 'Tolak', 'Minta perbaikan']);
    await card.getByLabel('Catatan').fill('Disetujui Tim Inovasi Daerah');
    await card.getByRole('button', { name: 'Setujui' }).click();
    await expect(card).toHaveAttribute('data-status', 'approved');
    await card.getByRole('button', { name: 'Luncurkan' }).click();
    await expect(card).toHaveAttribute('data-status', 'launched');
    await card.getByLabel('Jumlah warga').fill('120');
    await card.getByLabel('Kegiatan').fill('Kerja bakti membuat sumur resapan');
    await card.getByLabel('Tanggal').fill(wibDate(0));
    await card.getByRole('button', { name: 'Catat partisipasi' }).click();
    await expect(card).toContainText('120 warga terjangkau');
    await checkPage(agency, 'ide-opd', info);
    await context.close();

    // The employee sees it launched, among the city's initiatives.
    await page.getByRole('link', { name: 'Inisiatif diluncurkan' }).click();
    await expect(page.locator('article.idea').filter({ hasText: title })).toHaveAttribute('data-status', 'launched');
  });
});

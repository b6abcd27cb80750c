import { expect, test } from '@playwright/test';
import { checkPage, signIn, state } from './helpers';

test.describe('signing in through the OpenID Provider', () => {
  test('shows a signed-out visitor what the console is and the way in', async ({ page }, info) => {
    await page.goto(`${state.gatewayUrl}/`);
    await expect(page.getByRole('heading', { name: 'Konsol ASN Kota Salatiga' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Masuk dengan akun Pemkot Salatiga' })).toBeVisible();
    await checkPage(page, 'masuk', info);
    // The provider's own sign-in form is in Bahasa Indonesia and accessible too.
    await page.getByRole('button', { name: 'Masuk dengan akun Pemkot Salatiga' }).click();
    await expect(page.getByLabel('Nama pengguna')).toBeVisible();
    await checkPage(page, 'masuk-formulir', info);
  });

  for (const [role, home] of [
    ['agency', '/opd/DLH'],
    ['employee', `/pegawai/${state.users.employee.nip}`],
    ['admin', '/kota'],
    ['analyst', '/kota'],
  ] as const) {
    test(`signs in as ${role}, lands on its page, and signs out`, async ({ page }) => {
      const user = state.users[role];
      await signIn(page, user);
      await expect(page).toHaveURL(`${state.gatewayUrl}${home}`);
      await expect(page.locator('.who')).toHaveAttribute('data-role', role);
      await page.getByRole('button', { name: 'Keluar' }).click();
      // The provider asks once (RP-initiated logout), then sends the browser back to the console.
      await page.getByRole('button', { name: 'Keluar' }).click();
      await expect(page.getByRole('button', { name: 'Masuk dengan akun Pemkot Salatiga' })).toBeVisible();
      await page.goto(`${state.gatewayUrl}${home}`);
      await expect(page.getByRole('button', { name: 'Masuk dengan akun Pemkot Salatiga' })).toBeVisible();
    });
  }

  test('refuses a wrong password in Bahasa Indonesia and lets the person try again', async ({ page }) => {
    await page.goto(`${state.gatewayUrl}/`);
    await page.getByRole('button', { name: 'Masuk dengan akun Pemkot Salatiga' }).click();
    await page.getByLabel('Nama pengguna').fill('dlh');
    await page.getByLabel('Kata sandi').fill('bukan-kata-sandinya');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah.');
    await page.getByLabel('Kata sandi').fill(state.users.agency.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect(page).toHaveURL(`${state.gatewayUrl}/opd/DLH`);
  });

  test('returns to the page asked for before signing in', async ({ page }) => {
    await signIn(page, state.users.admin, '/opd/DINKES?year=2025');
    await expect(page).toHaveURL(`${state.gatewayUrl}/opd/DINKES?year=2025`);
  });

  test('renews the access token before it expires and goes on working', async ({ page }) => {
    await signIn(page, state.users.agency);
    const token = () => page.evaluate(() => Object.entries(sessionStorage).filter(([k]) => k.startsWith('oidc.user:')).map(([, v]) => (JSON.parse(v) as { access_token: string }).access_token)[0]);
    const first = await token();
    expect(first).toBeTruthy();
    // Tokens live 75 s here (the global setup); the console renews them 60 s before they expire.
    await expect.poll(token, { timeout: 45_000, intervals: [1000] }).not.toBe(first);
    await page.getByLabel('Tahun').selectOption(String(new Date().getUTCFullYear() - 1));
    await expect(page.locator('[data-kpi="active-employees"] .kpi-value')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

import { expect, test } from '@playwright/test';
import type { RpcResponse } from '@asn/contracts';
import { apiAs, apiPost, checkPage, idNumber, idPercent, signIn, state } from './helpers';

type OpdMetrics = RpcResponse<'analytics', 'GetOpdMetrics'>;
const wibToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

test.describe('the city overview', () => {
  test('shows every OPD side by side, sorts by any column, and lists metric events as they happen', async ({ page }, info) => {
    const analyst = state.users.analyst;
    await signIn(page, analyst);
    await expect(page).toHaveURL(`${state.gatewayUrl}/kota`);
    const city = await apiAs<{ items: OpdMetrics[] }>(analyst, '/v1/metrics/opd');
    expect(city.items.length).toBeGreaterThanOrEqual(5); // the demo's five OPDs
    const opds = () => page.locator('#city tbody tr th').allTextContents();
    // By JP compliance, highest first (then by code).
    const byShare = [...city.items].sort((a, b) => Number(b.jpCompliantShare) - Number(a.jpCompliantShare) || a.opd.localeCompare(b.opd));
    await expect(page.locator('#city tbody tr th')).toHaveText(byShare.map((m) => m.opd));
    const dlh = city.items.find((m) => m.opd === 'DLH')!;
    await expect(page.locator('[data-opd="DLH"] td').nth(1)).toHaveText(idPercent(Number(dlh.jpCompliantShare)));
    await expect(page.locator('[data-opd="DLH"] td').nth(2)).toHaveText(idNumber(Number(dlh.averageJp)));
    // Sorted by average JP: highest first, then lowest first on a second click.
    await page.getByRole('button', { name: /Rata-rata JP/ }).click();
    const byJp = [...city.items].sort((a, b) => Number(b.averageJp) - Number(a.averageJp) || a.opd.localeCompare(b.opd)).map((m) => m.opd);
    expect(await opds()).toEqual(byJp);
    await expect(page.getByRole('columnheader', { name: /Rata-rata JP/ })).toHaveAttribute('aria-sort', 'descending');
    await page.getByRole('button', { name: /Rata-rata JP/ }).click();
    await expect(page.getByRole('columnheader', { name: /Rata-rata JP/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(await opds()).toEqual([...city.items].sort((a, b) => Number(a.averageJp) - Number(b.averageJp) || a.opd.localeCompare(b.opd)).map((m) => m.opd));

    // Live: an agency records a discipline decision; the employee's and the OPD's new metrics arrive.
    await expect(page.locator('[data-live="live"]')).toBeVisible();
    // A severe decision (the demo records only light and moderate ones), a different employee per screen size.
    const staff = await apiAs<{ items: { nip: string }[] }>(state.users.admin, '/v1/employees?opd=DLH&pageSize=5');
    const nip = staff.items[info.project.name === 'desktop' ? 1 : 2]!.nip;
    expect(await apiPost(state.users.agency, '/v1/discipline-records', { nip, level: 'severe', decidedOn: wibToday() })).toBe(201);
    await expect(page.locator('.ticker li').filter({ hasText: `Pegawai ${nip} (DLH)` }).first()).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.ticker li').filter({ hasText: /^.*DLH: .* mencapai 20 JP/ }).first()).toBeVisible({ timeout: 30_000 });
    await checkPage(page, 'gambaran-kota', info);
  });

  test('is for admins and analysts: an agency is told its role may not see it', async ({ page }) => {
    await signIn(page, state.users.agency, '/kota');
    await expect(page.getByRole('alert')).toHaveText(/Peran Anda tidak diizinkan melakukan ini\./);
  });
});

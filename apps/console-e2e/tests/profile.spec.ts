import { expect, test } from '@playwright/test';
import type { RpcResponse } from '@asn/contracts';
import { apiAs, checkPage, idNumber, signIn, state } from './helpers';

type EmployeeMetrics = RpcResponse<'analytics', 'GetEmployeeMetrics'>;
interface Profile {
  metrics: EmployeeMetrics;
  learning: { program: { code: string }; completion?: { certificate?: { number: string } } }[];
}

test.describe('the employee profile', () => {
  test('shows an employee their JP toward 20, IP ASN with its sources, gaps and training as the API has them', async ({ page }, info) => {
    const employee = state.users.employee;
    await signIn(page, employee);
    const p = await apiAs<Profile>(employee, `/v1/employees/${employee.nip}/profile`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(employee.name);
    await expect(page.locator('#jp-total')).toHaveText(`${idNumber(Number(p.metrics.jp!.total))} dari 20 JP`);
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(Number(p.metrics.jp!.total)));
    for (const d of ['qualification', 'competency', 'performance', 'discipline'] as const) {
      const row = page.locator(`[data-dimension="${d}"] td`);
      await expect(row.first()).toHaveText(idNumber(Number(p.metrics.ipAsn!.dimensions![d])));
      await expect(row.last()).toHaveText(p.metrics.ipAsn!.sources![d] === 'missing' ? 'Belum ada data' : 'Data tercatat');
    }
    const gapCodes = await page.locator('#gaps tbody th').allTextContents();
    expect(gapCodes).toEqual(p.metrics.gaps.map((g) => g.code));
    await expect(page.locator('#history tbody tr')).toHaveCount(p.learning.length);
    await checkPage(page, 'profil-pegawai', info);
  });

  test('shows an agency the profile of its own staff', async ({ page }, info) => {
    await signIn(page, state.users.agency, `/pegawai/${state.users.employee.nip}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(state.users.employee.name);
    await checkPage(page, 'profil-pegawai-opd', info);
  });

  test('tells an employee that another person’s profile is not theirs', async ({ page }) => {
    await signIn(page, state.users.employee, '/pegawai/198901252016011025');
    await expect(page.getByRole('alert')).toHaveText(/Peran Anda tidak diizinkan melakukan ini\.|tidak ditemukan/);
  });
});

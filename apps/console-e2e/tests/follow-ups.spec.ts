import { expect, test } from '@playwright/test';
import { apiAs, checkPage, signIn, state } from './helpers';

interface DueList {
  items: { id: string; nip: string; programId: string; overdue: boolean }[];
  total: number;
}

test.describe('behaviour follow-ups (L3)', () => {
  test('an agency sees its follow-ups due as the API lists them, and records a behaviour assessment that closes one', async ({ page }, info) => {
    const agency = state.users.agency;
    const due = await apiAs<DueList>(agency, '/v1/behavior-assessments/due?opd=DLH&pageSize=20');
    expect(due.total).toBeGreaterThan(0); // the demo's trainings of March are long past their 90 days
    await signIn(page, agency);
    await page.getByRole('link', { name: 'Tindak lanjut (L3)' }).click();
    await expect(page.locator('article.follow-up')).toHaveCount(due.items.length);
    await expect(page.locator('article.follow-up').first()).toHaveAttribute('data-follow-up', due.items[0]!.id);
    await checkPage(page, 'tindak-lanjut', info);

    // Assessed by a colleague of the same OPD; the follow-up leaves the list.
    const followUp = due.items[info.project.name === 'desktop' ? 0 : 1]!;
    const staff = await apiAs<{ items: { nip: string }[] }>(agency, '/v1/employees?opd=DLH&pageSize=5');
    const assessor = staff.items.find((e) => e.nip !== followUp.nip)!.nip;
    const row = page.locator(`[data-follow-up="${followUp.id}"]`);
    await row.getByLabel('NIP penilai').fill(assessor);
    await row.getByLabel('Nilai perilaku').selectOption('4');
    await row.getByRole('button', { name: 'Simpan penilaian' }).click();
    await expect(row).toHaveCount(0);
    const after = await apiAs<DueList>(agency, '/v1/behavior-assessments/due?opd=DLH&pageSize=100');
    expect(after.total).toBe(due.total - 1);
    expect(after.items.map((f) => f.id)).not.toContain(followUp.id);
  });
});

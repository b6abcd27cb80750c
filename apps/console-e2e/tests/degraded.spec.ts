import { expect, test } from '@playwright/test';
import { checkPage, signIn, state } from './helpers';

// Runs after every other test (a project of its own that depends on the others): it stops a service.
test('the profile still shows what it has when a service is down, and names the part that is missing', async ({ page }, info) => {
  const innovation = state.pids.innovation;
  expect(innovation).toBeGreaterThan(0);
  process.kill(innovation!, 'SIGKILL'); // as a crash would: the gateway's call fails, it does not wait
  const employee = state.users.employee;
  await signIn(page, employee);
  const notice = page.locator('[data-degraded]');
  await expect(notice).toHaveAttribute('data-degraded', 'innovation');
  await expect(notice).toHaveText('Sebagian data tidak tersedia saat ini: ide inovasi. Coba muat ulang beberapa saat lagi.');
  // The other parts are there: JP, IP ASN, the training history.
  await expect(page.locator('#jp-total')).toContainText('dari 20 JP');
  await expect(page.locator('#ip-asn-score')).toBeVisible();
  await checkPage(page, 'profil-pegawai-sebagian', info);
});

import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readPdf } from '@asn/testing/files';
import { apiAs, checkPage, signIn, state } from './helpers';

interface Page<T> {
  items: T[];
}
interface Profile {
  employee: { nip: string; name: string };
  learning: { program: { code: string; title: string }; completion?: { attendedJp: number; completedOn: string; certificate?: { id: string; number: string; issuedOn: string } } }[];
}

/** A DLH employee of the demo holding a certificate (a passed completion), with that certificate. */
async function certificateHolder() {
  const admin = state.users.admin;
  const staff = await apiAs<Page<{ nip: string }>>(admin, '/v1/employees?opd=DLH&pageSize=50');
  for (const { nip } of staff.items) {
    const profile = await apiAs<Profile>(admin, `/v1/employees/${nip}/profile`);
    const item = profile.learning.find((l) => l.completion?.certificate);
    if (item) return { profile, item, certificate: item.completion!.certificate! };
  }
  throw new Error('no DLH employee of the demo holds a certificate');
}

test.describe('certificates anyone can verify', () => {
  test('downloads a certificate whose QR code opens a public page saying it is valid, the holder masked', async ({ page, browser }, info) => {
    const { profile, item, certificate } = await certificateHolder();
    await signIn(page, state.users.agency, `/pegawai/${profile.employee.nip}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-certificate="${certificate.number}"]`).click()]);
    const pdf = await readPdf(readFileSync(await download.path()));
    expect(pdf.text).toContain(`Nomor: ${certificate.number}`);
    expect(pdf.text).toContain(profile.employee.name);
    expect(pdf.qrCodes).toHaveLength(1);
    const verifyUrl = pdf.qrCodes[0]!;
    expect(verifyUrl).toBe(`${state.gatewayUrl}/verify/${certificate.number.replaceAll('/', '-')}`);

    // Someone else, not signed in, scans the code.
    const context = await browser.newContext();
    const stranger = await context.newPage();
    await stranger.goto(verifyUrl);
    await expect(stranger.getByRole('heading', { name: 'Sertifikat sah' })).toBeVisible();
    await expect(stranger.locator('[data-field="number"]')).toHaveText(certificate.number);
    await expect(stranger.locator('[data-field="program"]')).toHaveText(`${item.program.title} (${item.program.code})`);
    await expect(stranger.locator('[data-field="jp"]')).toHaveText(String(item.completion!.attendedJp));
    // The holder masked: initials and the birth year only, never the whole name or NIP.
    const holder = await stranger.locator('[data-field="holder"]').textContent();
    expect(holder).toBe(profile.employee.name.split(' ').map((w) => w[0] + '*'.repeat(Math.max(w.length - 1, 2))).join(' '));
    await expect(stranger.locator('[data-field="nip"]')).toHaveText(`${profile.employee.nip.slice(0, 4)}${'*'.repeat(14)}`);
    await expect(stranger.locator('body')).not.toContainText(profile.employee.nip);
    await expect(stranger.locator('body')).not.toContainText(profile.employee.name);
    await checkPage(stranger, 'verifikasi-sertifikat', info);

    // An altered number and a string that is no number say so.
    const [, year, serial] = certificate.number.split('/');
    await stranger.goto(`${state.gatewayUrl}/verify/SLTG-${year}-${String(Number(serial) + 90000).padStart(6, '0')}`);
    await expect(stranger.getByRole('heading', { name: 'Sertifikat tidak ditemukan' })).toBeVisible();
    await expect(stranger.locator('[data-valid="false"]')).toContainText('tidak sah atau nomornya telah diubah');
    await checkPage(stranger, 'verifikasi-sertifikat-palsu', info);
    await stranger.goto(`${state.gatewayUrl}/verify/bukan-nomor`);
    await expect(stranger.getByRole('heading', { name: 'Nomor sertifikat tidak sah' })).toBeVisible();
    await context.close();
  });
});

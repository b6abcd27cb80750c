import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { SignJWT } from 'jose';
import { e2eState, type E2eUser } from '../src/state';

export const state = e2eState();
const screenshots = join(import.meta.dirname, '..', '..', '..', 'tmp', 'screenshots');

/** Signs in through the console's button and the OpenID Provider's form, as a person would. */
export async function signIn(page: Page, user: E2eUser, path = '/'): Promise<void> {
  await page.goto(`${state.gatewayUrl}${path}`);
  await page.getByRole('button', { name: 'Masuk dengan akun Pemkot Salatiga' }).click();
  await page.getByLabel('Nama pengguna').fill(user.username);
  await page.getByLabel('Kata sandi').fill(user.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.locator('.who')).toContainText(user.name);
}

/** A development token with the user's role and scope (the API path the tests compare the pages with). */
const devToken = (user: E2eUser) =>
  new SignJWT({ role: user.role, ...(user.opd ? { opd: user.opd } : {}), ...(user.nip ? { nip: user.nip } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(`e2e-${user.username}`)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(state.jwtSecret));

/** The API's own answer, read with a development token of the same role (what the page must show). */
export async function apiAs<T>(user: E2eUser, path: string): Promise<T> {
  const res = await fetch(`${state.gatewayUrl}${path}`, { headers: { authorization: `Bearer ${await devToken(user)}` } });
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

/** A write through the API with a development token of the role (what another user did meanwhile). */
export async function apiPost(user: E2eUser, path: string, body: unknown): Promise<number> {
  const res = await fetch(`${state.gatewayUrl}${path}`, { method: 'POST', headers: { authorization: `Bearer ${await devToken(user)}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return res.status;
}

/**
 * Every page passes axe (no serious or critical violation) and leaves a screenshot under
 * tmp/screenshots/, one per page and screen size.
 */
export async function checkPage(page: Page, name: string, info: TestInfo): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const grave = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(grave.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), `axe on ${name}`).toEqual([]);
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, `${name}-${info.project.name}.png`), fullPage: true });
}

export const idNumber = (n: number, digits = 1) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: digits }).format(n);
export const idPercent = (share: number) => new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 }).format(share);

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent, MESSAGES, translate, currentYear } from '../src/lib/i18n';
import { hasProblemMessage, problemMessage } from '../src/lib/problems';
import { homeOf } from '../src/lib/auth';

const root = join(__dirname, '..', '..', '..');

/** Every TypeScript source of the platform's apps and libraries (not tests). */
function sources(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name === 'generated') continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name)) out.push({ path: p, text: readFileSync(p, 'utf8') });
    }
  };
  for (const top of ['apps', 'libs']) for (const d of readdirSync(join(root, top))) if (d !== 'console' && existsSync(join(root, top, d, 'src'))) walk(join(root, top, d, 'src'));
  return out;
}

describe('the console speaks Bahasa Indonesia first, English on request', () => {
  it('has every message in both languages, with the same placeholders', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.id).sort());
    for (const key of Object.keys(MESSAGES.id) as (keyof typeof MESSAGES.id)[]) {
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(holes(MESSAGES.en[key]), key).toEqual(holes(MESSAGES.id[key]));
    }
    expect(translate('id', 'jpOfTarget', { total: '12,5', target: 20 })).toBe('12,5 dari 20 JP');
  });

  it('writes dates in WIB as 28 Nov 2026 and numbers in the Indonesian format', () => {
    expect(formatDate('id', '2026-11-28')).toBe('28 Nov 2026');
    // 17:30 UTC on 28 November is already 29 November in Salatiga (UTC+7).
    expect(formatDate('id', '2026-11-28T17:30:00Z')).toBe('29 Nov 2026');
    expect(formatDate('id', '2026-08-17')).toMatch(/^17 Agu(st)? 2026$/);
    expect(formatDate('en', '2026-08-17')).toBe('17 Aug 2026');
    expect(formatNumber('id', 1234.5)).toBe('1.234,5');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    expect(formatPercent('id', 0.1833)).toBe('18,3%');
    expect(currentYear(new Date('2026-12-31T17:30:00Z'))).toBe(2027);
  });

  it('has a message in both languages for every problem code the platform raises', () => {
    const code = '([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)';
    const thrown = new Set<string>();
    const stems = new Set<string>();
    for (const { path, text } of sources()) {
      for (const m of text.matchAll(new RegExp(`(?:AppError|conflict|notFound|badRequest|forbidden|unauthorized|unavailable)\\(\\s*'${code}'`, 'g'))) thrown.add(m[1]!);
      for (const m of text.matchAll(new RegExp(`'/[^']*':\\s*'${code}'`, 'g'))) thrown.add(m[1]!); // assertValid's field codes
      // A repository names its aggregate's codes: `<STEM>_NOT_FOUND`, `<STEM>_ID_INVALID`.
      if (path.includes('/persistence/')) for (const line of text.split('\n').filter((l) => /super\(|Repository\(/.test(l))) for (const m of line.matchAll(/'([A-Z][A-Z_]+)'/g)) stems.add(m[1]!);
    }
    expect(thrown.size).toBeGreaterThan(40);
    expect(thrown).toContain('SESSION_FULL');
    const missing = [...thrown].filter((c) => !c.startsWith('SERVICE_') && !hasProblemMessage(c)); // SERVICE_*: between services, never to a user
    expect(missing).toEqual([]);
    expect(stems).toContain('SESSION');
    expect([...stems].filter((stem) => !hasProblemMessage(`${stem}_NOT_FOUND`) || !hasProblemMessage(`${stem}_ID_INVALID`))).toEqual([]);
    expect(problemMessage('id', 'SESSION_FULL')).toBe('Kuota sesi sudah penuh. Pilih sesi lain.');
    expect(problemMessage('en', 'IDEA_NOT_FOUND')).toBe('Idea not found.');
    expect(problemMessage('id', 'PROGRAM_ID_INVALID')).toBe('Nomor program pelatihan tidak sah.');
    expect(problemMessage('id', 'SOMETHING_NEW', 'detail from the server')).toBe('detail from the server');
  });

  it('starts each role where it works', () => {
    const token = { name: 'x', accessToken: 't' };
    expect(homeOf({ ...token, role: 'agency', opd: 'DINKES' })).toBe('/opd/DINKES');
    expect(homeOf({ ...token, role: 'employee', nip: '199001152015032001' })).toBe('/pegawai/199001152015032001');
  });
});

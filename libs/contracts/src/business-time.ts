/**
 * Business time (spec 8.1). Salatiga works in WIB (`Asia/Jakarta`, UTC+7): every business date —
 * "today", the calendar year of a fact, due dates, "not in the future" checks, agreement expiry —
 * is a WIB calendar date, whatever the server's time zone. Timestamps stay ISO-8601 UTC.
 */
export const BUSINESS_TIME_ZONE = 'Asia/Jakarta';

/** Where "now" comes from: injected so that tests can run at 00:30 WIB on 1 January. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

const wib = new Intl.DateTimeFormat('en-US', { timeZone: BUSINESS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The last date asked for, by its UTC minute: WIB's offset is whole hours, so a minute has one date. */
let lastDate: { minute: number; date: string } | undefined;

/** The WIB calendar date (YYYY-MM-DD) of an instant: 2026-12-31T17:30:00Z is 2027-01-01. */
export function businessDate(at: Date): string {
  // Most calls ask for "now" (every NIP validated checks its appointment month against today):
  // formatting a date was 2 % of the gateway's CPU on a cheap read.
  const minute = Math.floor(at.getTime() / 60_000);
  if (lastDate?.minute === minute) return lastDate.date;
  const parts: Record<string, string> = {};
  for (const p of wib.formatToParts(at)) parts[p.type] = p.value;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  lastDate = { minute, date };
  return date;
}

/** The WIB calendar year of an instant. */
export const businessYear = (at: Date): number => Number(businessDate(at).slice(0, 4));

/** A calendar date moved by whole days (calendar arithmetic: no time zone involved). */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A clock that reads `start` now and then advances with real time (tests and demos: `CLOCK_START`). */
export function clockStartingAt(start: Date): Clock {
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

import type { ComponentChildren } from 'preact';
import { ApiError } from '../lib/api';
import { currentYear, useI18n } from '../lib/i18n';

/** A form's problem, in the user's language (the API's code) or as the browser said it. */
export function FormError({ error }: { error: Error | undefined }) {
  const { lang } = useI18n();
  if (!error) return null;
  return (
    <p class="notice error" role="alert" data-code={error instanceof ApiError ? error.code : undefined}>
      {error instanceof ApiError ? error.messageIn(lang) : error.message}
    </p>
  );
}

/** Previous and next page of a list, and where it is. */
export function Pager({ page, pages, go }: { page: number; pages: number; go: (page: number) => void }) {
  const { t } = useI18n();
  return (
    <nav class="pager" aria-label={t('pages')}>
      <button type="button" class="secondary" disabled={page <= 1} onClick={() => go(page - 1)}>{t('previous')}</button>
      <span>{t('pageOf', { page, pages })}</span>
      <button type="button" class="secondary" disabled={page >= pages} onClick={() => go(page + 1)}>{t('next')}</button>
    </nav>
  );
}

const YEARS_SHOWN = 5;

/** The year a page is about: this year (WIB) and the four before it, or the years given. */
export function YearSelect({ id, year, onChange, years }: { id: string; year: number; onChange: (year: number) => void; years?: number[] }) {
  const { t } = useI18n();
  const thisYear = currentYear();
  return (
    <>
      <label for={id}>{t('year')}</label>
      <select id={id} value={year} onChange={(e) => onChange(Number(e.currentTarget.value))}>
        {(years ?? Array.from({ length: YEARS_SHOWN }, (_, k) => thisYear - k)).map((y) => <option value={y}>{y}</option>)}
      </select>
    </>
  );
}

/** A wide table that scrolls sideways on a phone, reachable by keyboard (axe: scrollable-region-focusable). */
export function ScrollRegion({ labelledBy, label, children }: { labelledBy?: string; label?: string; children: ComponentChildren }) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" {...(labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': label })}>
      {children}
    </div>
  );
}

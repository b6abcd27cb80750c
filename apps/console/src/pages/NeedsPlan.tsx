import { useLocation, useRoute } from 'preact-iso';
import { useState } from 'preact/hooks';
import { ErrorNotice, Loading } from '../components/States';
import { Pager, ScrollRegion, YearSelect } from '../components/Common';
import { api } from '../lib/api';
import { currentYear, useI18n } from '../lib/i18n';
import { useSession } from '../lib/session';
import type { NeedsPlan } from '../lib/types';
import { useApi } from '../lib/use-api';

/** Entries shown a page at a time: the largest OPD's plan lists thousands of people. */
const PAGE_SIZE = 50;

/**
 * The needs plan (AKPK, spec 5.2) of an OPD for a year: who needs what, the programmes that cover it
 * and the JP still missing, a page at a time; exported whole as Excel (one sheet per OPD, with
 * totals) and as PDF.
 */
export function NeedsPlanPage() {
  const { params, query } = useRoute();
  const { route } = useLocation();
  const session = useSession();
  const i = useI18n();
  const { t } = i;
  const opd = params.opd!;
  const year = Number(query.year) || currentYear() + 1;
  const page = Math.max(1, Number(query.page) || 1);
  const { data: plan, error, loading, reload } = useApi<NeedsPlan>(`/v1/plans/opd/${encodeURIComponent(opd)}?year=${year}&page=${page}&pageSize=${PAGE_SIZE}`);
  const whole = (o: string) => api<NeedsPlan>(`/v1/plans/opd/${encodeURIComponent(o)}?year=${year}`);
  const [more, setMore] = useState('');
  const [exportError, setExportError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const labels = {
    title: (o: string, y: number) => t('planTitle', { opd: o, year: y }),
    head: [t('nip'), t('name'), t('gapsTitle'), t('recommended'), t('jpMissing')],
    total: t('total'),
    employees: t('employees').toLowerCase(),
    gaps: t('gapsTitle').toLowerCase(),
  };
  const run = async (make: () => Promise<void>) => {
    setBusy(true);
    setExportError(undefined);
    try {
      await make();
    } catch (err) {
      setExportError(err);
    } finally {
      setBusy(false);
    }
  };
  const excel = () =>
    run(async () => {
      // An admin may add other OPDs: one sheet each.
      const others = more.split(/[\s,]+/).map((o) => o.trim().toUpperCase()).filter((o) => o && o !== opd);
      const plans = await Promise.all([opd, ...others].map(whole));
      const { planWorkbook, saveBlob } = await import('../lib/exports');
      saveBlob(await planWorkbook(plans, labels), `AKPK-${plans.map((p) => p.opd).join('-')}-${year}.xlsx`);
    });
  const pdf = () =>
    run(async () => {
      const { planPdf, saveBlob } = await import('../lib/exports');
      saveBlob(await planPdf(await whole(opd), labels), `AKPK-${opd}-${year}.pdf`);
    });
  return (
    <>
      <div class="page-head">
        <h1>{t('planTitle', { opd, year })}</h1>
        <form class="filters" onSubmit={(e) => e.preventDefault()}>
          <YearSelect id="plan-year" year={year} years={[currentYear() + 1, currentYear(), currentYear() - 1]} onChange={(y) => route(`/opd/${encodeURIComponent(opd)}/rencana?year=${y}`)} />
        </form>
      </div>
      {loading && !plan && <Loading />}
      {error !== undefined && <ErrorNotice error={error} retry={reload} />}
      {plan && (
        <>
          <section class="card" aria-labelledby="plan-summary">
            <h2 id="plan-summary">{t('planSummary', { n: i.number(plan.total), jp: i.number(Number(plan.jpMissingTotal)), year: plan.basedOnYear })}</h2>
            <div class="filters">
              {session?.role === 'admin' && (
                <>
                  <label for="plan-more">{t('otherOpds')}</label>
                  <input id="plan-more" value={more} placeholder="DINKES, DISDIKBUD" onInput={(e) => setMore(e.currentTarget.value)} />
                </>
              )}
              <button type="button" onClick={excel} disabled={busy}>{t('downloadExcel')}</button>
              <button type="button" class="secondary" onClick={pdf} disabled={busy}>{t('downloadPdf')}</button>
            </div>
            {exportError !== undefined && <ErrorNotice error={exportError} />}
          </section>
          <section class="card" aria-labelledby="plan-list">
            <h2 id="plan-list">{t('planEntries')}</h2>
            <ScrollRegion labelledBy="plan-list">
              <table id="plan">
                <thead><tr>{labels.head.map((h) => <th scope="col">{h}</th>)}</tr></thead>
                <tbody>
                  {plan.entries.map((e) => (
                    <tr>
                      <td>{e.nip}</td>
                      <th scope="row">{e.name}</th>
                      <td>{e.gaps.map((g) => `${g.code} (${g.currentLevel}→${g.requiredLevel})`).join(', ')}</td>
                      <td>{e.recommendedPrograms.map((p) => `${p.title} (${p.code})`).join('; ')}</td>
                      <td>{i.number(Number(e.jpMissing))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            <Pager page={page} pages={Math.max(1, Math.ceil(plan.total / PAGE_SIZE))} go={(p) => route(`/opd/${encodeURIComponent(opd)}/rencana?${new URLSearchParams({ year: String(year), ...(p > 1 ? { page: String(p) } : {}) })}`)} />
          </section>
        </>
      )}
    </>
  );
}

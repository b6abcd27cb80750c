import { useLocation, useRoute } from 'preact-iso';
import { useState } from 'preact/hooks';
import { ChartCard } from '../components/ChartCard';
import { ErrorNotice, Loading } from '../components/States';
import { ScrollRegion, YearSelect } from '../components/Common';
import { useSession } from '../lib/session';
import { PALETTE } from '../lib/charts';
import { currentYear, useI18n, type MessageKey } from '../lib/i18n';
import type { OpdMetrics, ProgramMetrics } from '../lib/types';
import { useApi } from '../lib/use-api';

const categoryKey = (c: string) => `cat_${c.replace('-', '_')}` as MessageKey;

/** An OPD's competency dashboard for a year (agency: its own; admin and analyst: any). */
export function OpdDashboard() {
  const { params, query } = useRoute();
  const { route } = useLocation();
  const session = useSession();
  const i = useI18n();
  const { t } = i;
  const opd = params.opd!;
  const thisYear = currentYear();
  const year = Number(query.year) || thisYear;
  const { data: m, error, loading, reload } = useApi<OpdMetrics>(`/v1/metrics/opd/${encodeURIComponent(opd)}?year=${year}`);
  const [opdInput, setOpdInput] = useState(opd);
  const go = (nextOpd: string, nextYear: number) => route(`/opd/${encodeURIComponent(nextOpd)}${nextYear === thisYear ? '' : `?year=${nextYear}`}`);

  return (
    <>
      <div class="page-head">
        <div>
          <h1>{t('opdDashboardTitle', { opd })}</h1>
          <nav class="sub-nav" aria-label={opd}>
            <a href={`/opd/${encodeURIComponent(opd)}/pegawai`}>{t('navEmployees')}</a>
            <a href={`/opd/${encodeURIComponent(opd)}/jp`}>{t('navJp')}</a>
            {session?.role !== 'analyst' && <a href={`/opd/${encodeURIComponent(opd)}/rencana`}>{t('navPlan')}</a>}
            {session?.role !== 'analyst' && <a href={`/opd/${encodeURIComponent(opd)}/tindak-lanjut`}>{t('navFollowUps')}</a>}
          </nav>
        </div>
        <form class="filters" onSubmit={(e) => { e.preventDefault(); go(opdInput.trim().toUpperCase() || opd, year); }}>
          {session?.role !== 'agency' && (
            <>
              <label for="opd-input">{t('opd')}</label>
              <input id="opd-input" value={opdInput} size={10} pattern="[A-Za-z0-9-]{2,20}" onInput={(e) => setOpdInput(e.currentTarget.value)} />
            </>
          )}
          <YearSelect id="year-select" year={year} onChange={(y) => go(opd, y)} />
          {session?.role !== 'agency' && <button type="submit">OK</button>}
        </form>
      </div>
      {loading && <Loading />}
      {error !== undefined && <ErrorNotice error={error} retry={reload} />}
      {m && !loading && <DashboardBody m={m} i={i} />}
      {m && !loading && <ProgramEffectiveness year={year} />}
    </>
  );
}

/**
 * Kirkpatrick L1–L3 of the year's programmes (city-wide: a programme is the same for every OPD),
 * those flagged for revision first and marked.
 */
function ProgramEffectiveness({ year }: { year: number }) {
  const i = useI18n();
  const { t } = i;
  // Each programme comes named (code and title as published): one request, whatever the catalogue's size.
  const metrics = useApi<{ items: ProgramMetrics[] }>(`/v1/metrics/programs?year=${year}`);
  if (metrics.error !== undefined) return <ErrorNotice error={metrics.error} retry={metrics.reload} />;
  if (!metrics.data) return <Loading />;
  const rows = metrics.data.items
    .filter((p) => p.completions > 0 || p.feedbackCount > 0)
    .sort((a, b) => Number(b.flaggedForRevision) - Number(a.flaggedForRevision) || b.completions - a.completions || a.programId.localeCompare(b.programId));
  const n = (v: number | string | null | undefined) => (v === undefined || v === null ? '–' : i.number(Number(v)));
  return (
    <section class="card" aria-labelledby="programs-effect-title">
      <h2 id="programs-effect-title">{t('programEffectiveness', { year })}</h2>
      {rows.length === 0 ? <p>{t('noProgramMetrics')}</p> : (
        <ScrollRegion labelledBy="programs-effect-title">
          <table id="program-effectiveness">
            <thead>
              <tr>
                <th scope="col">{t('program')}</th><th scope="col">{t('completions')}</th><th scope="col">{t('l1Relevance')}</th><th scope="col">{t('l1Satisfaction')}</th>
                <th scope="col">{t('l2Gain')}</th><th scope="col">{t('l3Behaviour')}</th><th scope="col">{t('feedbackCount')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr class={p.flaggedForRevision ? 'flagged' : ''} data-program={p.programId} data-flagged={String(p.flaggedForRevision)}>
                  <th scope="row">{p.title ? `${p.title} (${p.code})` : p.programId} {p.flaggedForRevision && <span class="badge status-rejected">{t('flagged')}</span>}</th>
                  <td>{n(p.completions)}</td><td>{n(p.averageRelevance)}</td><td>{n(p.averageSatisfaction)}</td><td>{n(p.averageLearningGain)}</td><td>{n(p.averageBehaviorScore)}</td><td>{n(p.feedbackCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

function DashboardBody({ m, i }: { m: OpdMetrics; i: ReturnType<typeof useI18n> }) {
  const { t } = i;
  const file = (what: string) => `${m.opd}-${m.year}-${what}.png`;
  const buckets = m.jpDistribution.map((b) => (b.to !== undefined && b.to !== null ? t('jpBucket', { from: i.number(Number(b.from)), to: i.number(Number(b.to)) }) : t('jpBucketLast', { from: i.number(Number(b.from)) })));
  const dims = ['qualification', 'competency', 'performance', 'discipline'] as const;
  const dimValues = dims.map((d) => Number(m.averageIpAsnDimensions?.[d] ?? 0));
  const ideas = [m.ideas?.submitted ?? 0, m.ideas?.approved ?? 0, m.ideas?.launched ?? 0];
  const ideaLabels = [t('ideasSubmitted'), t('ideasApproved'), t('ideasLaunched')];
  return (
    <>
      <section class="kpis" aria-label={t('opdDashboardTitle', { opd: m.opd })}>
        <Kpi id="active-employees" label={t('activeEmployees')} value={i.number(m.activeEmployees)} />
        <Kpi id="jp-compliant-share" label={t('jpCompliantShare')} value={i.percent(Number(m.jpCompliantShare))} />
        <Kpi id="average-jp" label={t('averageJp')} value={i.number(Number(m.averageJp))} />
        <Kpi id="average-ip-asn" label={t('averageIpAsn')} value={i.number(Number(m.averageIpAsn))} note={m.ipAsnIncomplete ? t('ipAsnIncompleteNote', { n: i.number(m.ipAsnIncomplete) }) : undefined} />
        <Kpi id="citizens-reached" label={t('citizensReached')} value={i.number(m.citizensReached)} />
        <Kpi id="active-placements" label={t('activePlacements')} value={i.number(m.activePlacements)} />
      </section>
      <div class="grid">
        <ChartCard
          id="jp-distribution"
          title={t('jpDistribution')}
          fileName={file('jp')}
          config={{ type: 'bar', data: { labels: buckets, datasets: [{ label: t('employees'), data: m.jpDistribution.map((b) => b.employees), backgroundColor: m.jpDistribution.map((b) => (b.to === undefined || b.to === null ? PALETTE[0] : PALETTE[3])) }] }, options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } } }}
          table={{ head: ['JP', t('employees')], rows: m.jpDistribution.map((b, k) => [buckets[k]!, b.employees]) }}
        />
        <ChartCard
          id="ip-asn-categories"
          title={t('ipAsnCategories')}
          fileName={file('ip-asn-kategori')}
          config={{ type: 'doughnut', data: { labels: m.ipAsnCategories.map((c) => t(categoryKey(c.category))), datasets: [{ data: m.ipAsnCategories.map((c) => c.employees), backgroundColor: PALETTE }] }, options: { plugins: { legend: { position: 'bottom' } } } }}
          table={{ head: [t('ipAsnCategories'), t('employees')], rows: m.ipAsnCategories.map((c) => [t(categoryKey(c.category)), c.employees]) }}
        />
        <ChartCard
          id="ip-asn-dimensions"
          title={t('ipAsnDimensions')}
          fileName={file('ip-asn-dimensi')}
          config={{ type: 'bar', data: { labels: dims.map((d) => t(`dim_${d}`)), datasets: [{ label: t('averageIpAsn'), data: dimValues, backgroundColor: PALETTE[1] }] }, options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true } } } }}
          table={{ head: [t('ipAsnDimensions'), t('averageIpAsn')], rows: dims.map((d, k) => [t(`dim_${d}`), i.number(dimValues[k]!)]) }}
        />
        <ChartCard
          id="ideas-funnel"
          title={t('ideasFunnel')}
          fileName={file('ide')}
          config={{ type: 'bar', data: { labels: ideaLabels, datasets: [{ label: t('ideasFunnel'), data: ideas, backgroundColor: [PALETTE[5], PALETTE[1], PALETTE[0]] }] }, options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } } }}
          table={{ head: [t('ideasFunnel'), ''], rows: ideaLabels.map((l, k) => [l, ideas[k]!]) }}
        />
      </div>
      <section class="card" aria-labelledby="top-gaps-title">
        <h2 id="top-gaps-title">{t('topGaps')}</h2>
        {m.topGaps.length === 0 ? (
          <p>{t('noGaps')}</p>
        ) : (
          <table id="top-gaps">
            <thead>
              <tr><th scope="col">{t('competency')}</th><th scope="col">{t('employees')}</th><th scope="col">{t('averageGap')}</th></tr>
            </thead>
            <tbody>
              {m.topGaps.map((g) => (
                <tr><th scope="row">{g.code}</th><td>{i.number(g.employees)}</td><td>{i.number(Number(g.averageGap))}</td></tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

function Kpi({ id, label, value, note }: { id: string; label: string; value: string; note?: string | undefined }) {
  return (
    <div class="kpi" data-kpi={id}>
      <span class="kpi-label">{label}</span>
      <span class="kpi-value">{value}</span>
      {note && <span class="kpi-note">{note}</span>}
    </div>
  );
}

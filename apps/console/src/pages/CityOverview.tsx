import { useLocation, useRoute } from 'preact-iso';
import { useState } from 'preact/hooks';
import { ErrorNotice, Loading } from '../components/States';
import { ScrollRegion, YearSelect } from '../components/Common';
import { useMetricStream } from '../lib/live';
import { currentYear, useI18n, type I18n } from '../lib/i18n';
import { useSession } from '../lib/session';
import type { OpdMetrics } from '../lib/types';
import { useApi } from '../lib/use-api';

interface CityMetrics {
  year: number;
  items: OpdMetrics[];
}

type Column = 'opd' | 'activeEmployees' | 'jpCompliantShare' | 'averageJp' | 'averageIpAsn' | 'citizensReached' | 'ideasLaunched';
const value = (m: OpdMetrics, c: Column): number | string => (c === 'opd' ? m.opd : c === 'ideasLaunched' ? (m.ideas?.launched ?? 0) : Number(m[c]));

interface TickerItem {
  id: string;
  text: string;
  at: string;
}
const TICKER_SIZE = 12;

/** Every OPD side by side for a year, sortable by any column, and the metric events as they happen. */
export function CityOverview() {
  const { query } = useRoute();
  const { route } = useLocation();
  const session = useSession();
  const i = useI18n();
  const { t } = i;
  const thisYear = currentYear();
  const year = Number(query.year) || thisYear;
  const { data, error, loading, reload } = useApi<CityMetrics>(`/v1/metrics/opd?year=${year}`);
  const [sort, setSort] = useState<{ by: Column; descending: boolean }>({ by: 'jpCompliantShare', descending: true });
  const [ticker, setTicker] = useState<TickerItem[]>([]);
  const live = useMetricStream(session?.role === 'admin' || session?.role === 'analyst' ? session.accessToken : undefined, (message) => {
    const text = describe(message.event ?? '', message.data, i);
    if (text) setTicker((list) => [{ id: message.id ?? `${Date.now()}`, text, at: new Date().toISOString() }, ...list].slice(0, TICKER_SIZE));
  });
  const columns: { key: Column; label: string; format: (m: OpdMetrics) => string }[] = [
    { key: 'opd', label: t('opd'), format: (m) => m.opd },
    { key: 'activeEmployees', label: t('activeEmployees'), format: (m) => i.number(m.activeEmployees) },
    { key: 'jpCompliantShare', label: t('jpCompliantShare'), format: (m) => i.percent(Number(m.jpCompliantShare)) },
    { key: 'averageJp', label: t('averageJp'), format: (m) => i.number(Number(m.averageJp)) },
    { key: 'averageIpAsn', label: t('averageIpAsn'), format: (m) => i.number(Number(m.averageIpAsn)) },
    { key: 'citizensReached', label: t('citizensReached'), format: (m) => i.number(m.citizensReached) },
    { key: 'ideasLaunched', label: t('launchedInitiatives'), format: (m) => i.number(m.ideas?.launched ?? 0) },
  ];
  const rows = [...(data?.items ?? [])].sort((a, b) => {
    const [x, y] = [value(a, sort.by), value(b, sort.by)];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return (sort.descending ? -order : order) || a.opd.localeCompare(b.opd);
  });
  return (
    <>
      <div class="page-head">
        <h1>{t('cityTitle', { year })}</h1>
        <form class="filters" onSubmit={(e) => e.preventDefault()}>
          <YearSelect id="city-year" year={year} onChange={(y) => route(`/kota${y === thisYear ? '' : `?year=${y}`}`)} />
        </form>
      </div>
      {loading && !data && <Loading />}
      {error !== undefined && <ErrorNotice error={error} retry={reload} />}
      {data && (
        <section class="card" aria-labelledby="city-table-title">
          <h2 id="city-table-title">{t('cityOpds', { n: i.number(data.items.length) })}</h2>
          <ScrollRegion labelledBy="city-table-title">
            <table id="city">
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th scope="col" aria-sort={sort.by === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                      <button type="button" class="sort" onClick={() => setSort((s) => ({ by: c.key, descending: s.by === c.key ? !s.descending : c.key !== 'opd' }))}>
                        {c.label} {sort.by === c.key ? (sort.descending ? '▼' : '▲') : ''}
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((m) => (
                  <tr data-opd={m.opd}>
                    {columns.map((c, k) => (k === 0 ? <th scope="row"><a href={`/opd/${m.opd}${year === thisYear ? '' : `?year=${year}`}`}>{m.opd}</a></th> : <td>{c.format(m)}</td>))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      )}
      <section class="card" aria-labelledby="ticker-title">
        <h2 id="ticker-title">{t('liveTitle')} <span class={`live ${live}`} data-live={live}>{t(`live_${live}`)}</span></h2>
        {ticker.length === 0 ? <p>{t('liveWaiting')}</p> : (
          <ol class="ticker" aria-live="polite">
            {ticker.map((e) => <li key={e.id}><time dateTime={e.at}>{new Date(e.at).toLocaleTimeString(i.lang === 'id' ? 'id-ID' : 'en-GB', { timeZone: 'Asia/Jakarta' })}</time> {e.text}</li>)}
          </ol>
        )}
      </section>
    </>
  );
}

/** One line for a metric event, or nothing for the stream's own (ready, heartbeat). */
function describe(type: string, data: string, i: I18n): string | undefined {
  let event: { data?: Record<string, unknown> };
  try {
    event = JSON.parse(data) as { data?: Record<string, unknown> };
  } catch {
    return undefined;
  }
  const d = event.data ?? {};
  if (type.includes('opd-metrics')) return i.t('tickerOpd', { opd: String(d.opd), share: i.percent(Number(d.jpCompliantShare)), jp: i.number(Number(d.averageJp)) });
  if (type.includes('employee-metrics')) return i.t('tickerEmployee', { nip: String(d.nip), opd: String(d.opd), jp: i.number(Number((d.jp as { total?: number })?.total ?? 0)) });
  if (type.includes('program.flagged')) return i.t('tickerFlagged', { id: String(d.programId), relevance: i.number(Number(d.averageRelevance)) });
  return undefined;
}

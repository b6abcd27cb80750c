import { useLocation, useRoute } from 'preact-iso';
import { useState } from 'preact/hooks';
import { ErrorNotice, Loading } from '../components/States';
import { ScrollRegion, YearSelect } from '../components/Common';
import { currentYear, useI18n, type MessageKey } from '../lib/i18n';
import type { EmployeeMetricsList } from '../lib/types';
import { useApi } from '../lib/use-api';

/** JP toward 20 of every active member of an OPD in a year, furthest behind first, with IP ASN; to Excel. */
export function JpPerEmployee() {
  const { params, query } = useRoute();
  const { route } = useLocation();
  const i = useI18n();
  const { t } = i;
  const opd = params.opd!;
  const thisYear = currentYear();
  const year = Number(query.year) || thisYear;
  const { data, error, loading, reload } = useApi<EmployeeMetricsList>(`/v1/metrics/opd/${encodeURIComponent(opd)}/employees?year=${year}`);
  const [exportError, setExportError] = useState<unknown>();
  const rows = [...(data?.items ?? [])].sort((a, b) => Number(a.metrics!.jp!.total) - Number(b.metrics!.jp!.total) || a.name.localeCompare(b.name));
  const category = (c: string) => t(`cat_${c.replace('-', '_')}` as MessageKey);
  const exportAll = async () => {
    setExportError(undefined);
    try {
      const { saveBlob, tableWorkbook } = await import('../lib/exports');
      const head = [t('nip'), t('name'), 'JP', t('jpTraining'), t('jpPlacement'), t('jpExternal'), t('jpCompliantShare'), 'IP ASN', t('ipAsnCategories')];
      const body = rows.map((e) => {
        const m = e.metrics!;
        return [m.nip, e.name, Number(m.jp!.total), Number(m.jp!.training), Number(m.jp!.placement), Number(m.jp!.external), m.jp!.compliant ? t('yes') : t('no'), Number(m.ipAsn!.score), m.ipAsn!.complete ? category(m.ipAsn!.category) : t('incomplete')];
      });
      saveBlob(await tableWorkbook(`JP ${opd} ${year}`, { head, rows: body }), `jp-${opd}-${year}.xlsx`);
    } catch (err) {
      setExportError(err);
    }
  };
  return (
    <>
      <div class="page-head">
        <h1>{t('jpPerEmployeeTitle', { opd, year })}</h1>
        <form class="filters" onSubmit={(e) => e.preventDefault()}>
          <YearSelect id="jp-year" year={year} onChange={(y) => route(`/opd/${encodeURIComponent(opd)}/jp${y === thisYear ? '' : `?year=${y}`}`)} />
        </form>
      </div>
      {loading && !data && <Loading />}
      {error !== undefined && <ErrorNotice error={error} retry={reload} />}
      {data && (
        <section class="card" aria-labelledby="jp-list-title">
          <div class="card-head">
            <h2 id="jp-list-title">{t('jpReached', { reached: i.number(rows.filter((e) => e.metrics!.jp!.compliant).length), n: i.number(rows.length) })}</h2>
            <button type="button" onClick={exportAll}>{t('downloadExcel')}</button>
          </div>
          {exportError !== undefined && <ErrorNotice error={exportError} />}
          <ScrollRegion labelledBy="jp-list-title">
            <table id="jp-per-employee">
              <thead><tr><th scope="col">{t('name')}</th><th scope="col">{t('nip')}</th><th scope="col">JP</th><th scope="col">{t('jpProgressShort')}</th><th scope="col">IP ASN</th></tr></thead>
              <tbody>
                {rows.map((e) => {
                  const m = e.metrics!;
                  const share = Math.min(1, Number(m.jp!.total) / Number(m.jp!.target));
                  return (
                    <tr data-nip={m.nip}>
                      <th scope="row"><a href={`/pegawai/${m.nip}`}>{e.name}</a></th>
                      <td>{m.nip}</td>
                      <td>{i.number(Number(m.jp!.total))}</td>
                      <td><div class="progress" role="progressbar" aria-label={e.name} aria-valuemin={0} aria-valuemax={Number(m.jp!.target)} aria-valuenow={Number(m.jp!.total)}><div class={`progress-bar${m.jp!.compliant ? ' done' : ''}`} style={{ width: `${share * 100}%` }} /></div></td>
                      <td>{m.ipAsn!.complete ? `${i.number(Number(m.ipAsn!.score))} · ${category(m.ipAsn!.category)}` : t('incomplete')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      )}
    </>
  );
}

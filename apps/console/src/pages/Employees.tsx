import { useLocation, useRoute } from 'preact-iso';
import { useState } from 'preact/hooks';
import { ErrorNotice, Loading } from '../components/States';
import { Pager, ScrollRegion } from '../components/Common';
import { api } from '../lib/api';
import { fieldsOf } from '../lib/forms';
import { useI18n } from '../lib/i18n';
import type { EmployeePage } from '../lib/types';
import { useApi } from '../lib/use-api';

const PAGE_SIZE = 25;
const EXPORT_PAGE = 100;

/** An OPD's employees: search by name, a page at a time, each to their profile; the whole list to Excel. */
export function Employees() {
  const { params, query } = useRoute();
  const { route } = useLocation();
  const i = useI18n();
  const { t } = i;
  const opd = params.opd!;
  const page = Math.max(1, Number(query.page) || 1);
  const q = query.q ?? '';
  const { data, error, loading, reload } = useApi<EmployeePage>(`/v1/employees?${new URLSearchParams({ opd, page: String(page), pageSize: String(PAGE_SIZE), ...(q ? { q } : {}) })}`);
  const [busy, setBusy] = useState(false);
  const [exportError, setExportError] = useState<unknown>();
  const go = (next: { q?: string; page?: number }) => route(`/opd/${encodeURIComponent(opd)}/pegawai?${new URLSearchParams({ ...((next.q ?? q) ? { q: next.q ?? q } : {}), ...((next.page ?? 1) > 1 ? { page: String(next.page) } : {}) })}`);
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const exportAll = async () => {
    setBusy(true);
    setExportError(undefined);
    try {
      const items: EmployeePage['items'] = [];
      for (let p = 1; ; p++) {
        const chunk = await api<EmployeePage>(`/v1/employees?${new URLSearchParams({ opd, page: String(p), pageSize: String(EXPORT_PAGE), ...(q ? { q } : {}) })}`);
        items.push(...chunk.items);
        if (items.length >= chunk.total || chunk.items.length === 0) break;
      }
      const { saveBlob, tableWorkbook } = await import('../lib/exports');
      const head = [t('nip'), t('name'), t('position'), t('grade'), t('education'), t('status')];
      saveBlob(await tableWorkbook(`${t('employees')} ${opd}`, { head, rows: items.map((e) => [e.nip, e.name, e.position?.title ?? '', e.grade, e.education, e.status]) }), `pegawai-${opd}.xlsx`);
    } catch (err) {
      setExportError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <div class="page-head">
        <h1>{t('employeesOf', { opd })}</h1>
        <form class="filters" role="search" onSubmit={(e) => { e.preventDefault(); go({ q: fieldsOf(e.currentTarget).q ?? '' }); }}>
          <label for="employees-q">{t('searchName')}</label>
          <input id="employees-q" name="q" type="search" defaultValue={q} maxLength={100} />
          <button type="submit">{t('search')}</button>
        </form>
      </div>
      {loading && !data && <Loading />}
      {error !== undefined && <ErrorNotice error={error} retry={reload} />}
      {data && (
        <section class="card" aria-labelledby="employees-title">
          <div class="card-head">
            <h2 id="employees-title">{t('employeesFound', { n: i.number(data.total) })}</h2>
            <button type="button" onClick={exportAll} disabled={busy}>{t('downloadExcel')}</button>
          </div>
          {exportError !== undefined && <ErrorNotice error={exportError} />}
          <ScrollRegion labelledBy="employees-title">
            <table id="employees">
              <thead><tr><th scope="col">{t('nip')}</th><th scope="col">{t('name')}</th><th scope="col">{t('position')}</th><th scope="col">{t('grade')}</th><th scope="col">{t('status')}</th></tr></thead>
              <tbody>
                {data.items.map((e) => (
                  <tr><td>{e.nip}</td><th scope="row"><a href={`/pegawai/${e.nip}`}>{e.name}</a></th><td>{e.position?.title}</td><td>{e.grade}</td><td>{e.status}</td></tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <Pager page={page} pages={pages} go={(p) => go({ page: p })} />
        </section>
      )}
    </>
  );
}

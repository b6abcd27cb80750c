import { useLocation, useRoute } from 'preact-iso';
import { PROGRAM_CATEGORIES, PROGRAM_MODES, COMPETENCY_TYPES } from '@asn/contracts/common';
import { ErrorNotice, Loading } from '../components/States';
import { FormError, Pager, ScrollRegion } from '../components/Common';
import { fieldsOf, useSubmit } from '../lib/forms';
import { useI18n, type MessageKey } from '../lib/i18n';
import { useSession } from '../lib/session';
import type { Program } from '../lib/types';
import { useApi } from '../lib/use-api';

interface ProgramPage {
  items: Program[];
  total: number;
  page: number;
  pageSize: number;
}

const PAGE_SIZE = 20;

/** The training catalogue: search, filter by category, a page at a time; an admin publishes programmes here. */
export function Catalogue() {
  const { query } = useRoute();
  const { route } = useLocation();
  const session = useSession();
  const i = useI18n();
  const { t } = i;
  const page = Math.max(1, Number(query.page) || 1);
  const q = query.q ?? '';
  const category = query.category ?? '';
  const params = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE), ...(q ? { q } : {}), ...(category ? { category } : {}) });
  const { data, error, loading, reload } = useApi<ProgramPage>(`/v1/programs?${params}`);
  const go = (next: Record<string, string>) => route(`/pelatihan?${new URLSearchParams(Object.entries({ q, category, page: '1', ...next }).filter(([k, v]) => v !== '' && !(k === 'page' && v === '1')))}`);
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  return (
    <>
      <div class="page-head">
        <h1>{t('catalogueTitle')}</h1>
        <form class="filters" role="search" onSubmit={(e) => { e.preventDefault(); const f = fieldsOf(e.currentTarget); go({ q: f.q ?? '', category: f.category ?? '' }); }}>
          <label for="catalogue-q">{t('search')}</label>
          <input id="catalogue-q" name="q" type="search" defaultValue={q} maxLength={100} />
          <label for="catalogue-category">{t('category')}</label>
          <select id="catalogue-category" name="category" defaultValue={category}>
            <option value="">{t('all')}</option>
            {PROGRAM_CATEGORIES.map((c) => <option value={c}>{t(`category_${c}` as MessageKey)}</option>)}
          </select>
          <button type="submit">{t('search')}</button>
        </form>
      </div>
      {loading && <Loading />}
      {error !== undefined && <ErrorNotice error={error} retry={reload} />}
      {data && (
        <section class="card" aria-labelledby="programs-title">
          <h2 id="programs-title">{t('programsFound', { n: i.number(data.total) })}</h2>
          <ScrollRegion labelledBy="programs-title">
            <table id="programs">
              <thead><tr><th scope="col">{t('code')}</th><th scope="col">{t('program')}</th><th scope="col">{t('category')}</th><th scope="col">JP</th></tr></thead>
              <tbody>
                {data.items.map((p) => (
                  <tr><td>{p.code}</td><th scope="row"><a href={`/pelatihan/${p.id}`}>{p.title}</a></th><td>{t(`category_${p.category}` as MessageKey)}</td><td>{i.number(p.jp)}</td></tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <Pager page={page} pages={pages} go={(p) => go({ page: String(p) })} />
        </section>
      )}
      {session?.role === 'admin' && <PublishProgram onPublished={(p) => route(`/pelatihan/${p.id}`)} />}
    </>
  );
}

/** An admin publishes a programme: code, title, category, mode, JP and the competencies it develops. */
function PublishProgram({ onPublished }: { onPublished: (p: Program) => void }) {
  const { t } = useI18n();
  const { busy, error, submit } = useSubmit<Program>(onPublished);
  return (
    <section class="card" aria-labelledby="publish-title">
      <h2 id="publish-title">{t('publishProgram')}</h2>
      <form
        class="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          const f = fieldsOf(e.currentTarget);
          const competencies = (f.competencies ?? '').split(/[\n,]+/).map((c) => c.trim()).filter(Boolean).map((c) => ({ code: c.toUpperCase(), type: f.competencyType }));
          void submit('/v1/programs', { code: (f.code ?? '').toUpperCase(), title: f.title, category: f.category, mode: f.mode, jp: Number(f.jp), competencies });
        }}
      >
        <label for="program-code">{t('code')}</label><input id="program-code" name="code" required maxLength={32} placeholder="TEK-AMDAL-02" />
        <label for="program-title">{t('program')}</label><input id="program-title" name="title" required minLength={3} maxLength={200} />
        <label for="program-category">{t('category')}</label>
        <select id="program-category" name="category">{PROGRAM_CATEGORIES.map((c) => <option value={c}>{t(`category_${c}` as MessageKey)}</option>)}</select>
        <label for="program-mode">{t('mode')}</label>
        <select id="program-mode" name="mode">{PROGRAM_MODES.map((m) => <option value={m}>{m}</option>)}</select>
        <label for="program-jp">JP</label><input id="program-jp" name="jp" type="number" min={1} max={500} required />
        <label for="program-competencies">{t('competencies')}</label><input id="program-competencies" name="competencies" required placeholder="K-AMDAL, K-ARSIP" />
        <label for="program-competency-type">{t('competencyType')}</label>
        <select id="program-competency-type" name="competencyType">{COMPETENCY_TYPES.map((c) => <option value={c}>{c}</option>)}</select>
        <div class="form-actions"><button type="submit" disabled={busy}>{t('publish')}</button></div>
      </form>
      <FormError error={error} />
    </section>
  );
}

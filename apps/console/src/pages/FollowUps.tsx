import { useLocation, useRoute } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { ErrorNotice, Loading } from '../components/States';
import { FormError, Pager } from '../components/Common';
import { api } from '../lib/api';
import { fieldsOf, useSubmit } from '../lib/forms';
import { useI18n } from '../lib/i18n';
import type { DueList } from '../lib/types';
import { useApi } from '../lib/use-api';

const PAGE_SIZE = 20;

/**
 * Follow-ups due (Kirkpatrick level 3, spec 5.3): the OPD's employees whose training ended some 90
 * days ago, overdue first, each with the behaviour-assessment form.
 */
export function FollowUps() {
  const { params, query } = useRoute();
  const { route } = useLocation();
  const i = useI18n();
  const { t } = i;
  const opd = params.opd!;
  const upcoming = query.include === 'upcoming';
  const page = Math.max(1, Number(query.page) || 1);
  const [version, setVersion] = useState(0);
  const { data, error, loading, reload } = useApi<DueList>(`/v1/behavior-assessments/due?${new URLSearchParams({ opd, page: String(page), pageSize: String(PAGE_SIZE), ...(upcoming ? { include: 'upcoming' } : {}), v: String(version) })}`);
  const names = useLookup(data?.items.map((f) => f.nip) ?? [], (nip) => api<{ name: string }>(`/v1/employees/${nip}`).then((e) => e.name));
  const programs = useLookup(data?.items.map((f) => f.programId) ?? [], (id) => api<{ title: string; code: string }>(`/v1/programs/${id}`).then((p) => `${p.title} (${p.code})`));
  const go = (next: { include?: boolean; page?: number }) => route(`/opd/${encodeURIComponent(opd)}/tindak-lanjut?${new URLSearchParams({ ...((next.include ?? upcoming) ? { include: 'upcoming' } : {}), ...((next.page ?? 1) > 1 ? { page: String(next.page) } : {}) })}`);
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  return (
    <>
      <div class="page-head">
        <h1>{t('followUpsTitle', { opd })}</h1>
        <label class="check"><input type="checkbox" checked={upcoming} onChange={(e) => go({ include: e.currentTarget.checked })} /> {t('includeUpcoming')}</label>
      </div>
      {loading && !data && <Loading />}
      {error !== undefined && <ErrorNotice error={error} retry={reload} />}
      {data && (
        <section class="card" aria-labelledby="due-title">
          <h2 id="due-title">{t('followUpsFound', { n: i.number(data.total), date: i.date(data.asOf) })}</h2>
          {data.items.length === 0 && <p>{t('noFollowUps')}</p>}
          {data.items.map((f) => (
            <article class="follow-up" data-follow-up={f.id} data-overdue={String(f.overdue)} aria-labelledby={`fu-${f.id.replace(/\W/g, '')}`}>
              <h3 id={`fu-${f.id.replace(/\W/g, '')}`}>{names[f.nip] ?? f.nip} <small>{f.nip}</small></h3>
              <p>
                {programs[f.programId] ?? f.programId} · {t('completedOn')} {i.date(f.completedOn)} · {t('dueOn')} {i.date(f.dueOn)}{' '}
                {f.overdue && <span class="badge status-rejected">{t('overdue')}</span>}
              </p>
              <AssessForm followUp={f} onDone={() => setVersion((v) => v + 1)} />
            </article>
          ))}
          <Pager page={page} pages={pages} go={(p) => go({ page: p })} />
        </section>
      )}
    </>
  );
}

/** Names for keys, fetched once each (a page holds at most 20). */
function useLookup(keys: string[], fetchOne: (key: string) => Promise<string>): Record<string, string> {
  const [found, setFound] = useState<Record<string, string>>({});
  const wanted = [...new Set(keys)].filter((k) => !(k in found)).join(',');
  useEffect(() => {
    if (!wanted) return;
    for (const k of wanted.split(',')) fetchOne(k).then((v) => setFound((f) => ({ ...f, [k]: v })), () => undefined);
  }, [wanted]);
  return found;
}

function AssessForm({ followUp, onDone }: { followUp: DueList['items'][number]; onDone: () => void }) {
  const { t } = useI18n();
  const assess = useSubmit(onDone);
  const key = followUp.id.replace(/\W/g, '');
  return (
    <>
      <form class="inline-form" onSubmit={(e) => { e.preventDefault(); const f = fieldsOf(e.currentTarget); void assess.submit('/v1/behavior-assessments', { nip: followUp.nip, programId: followUp.programId, assessorNip: f.assessorNip, score: Number(f.score) }); }}>
        <label for={`assessor-${key}`}>{t('assessorNip')}</label>
        <input id={`assessor-${key}`} name="assessorNip" inputMode="numeric" pattern="[0-9]{18}" maxLength={18} required />
        <label for={`score-${key}`}>{t('behaviourScore')}</label>
        <select id={`score-${key}`} name="score">{[5, 4, 3, 2, 1].map((s) => <option value={s}>{s} · {t(`likert_${s}` as 'likert_1')}</option>)}</select>
        <button type="submit" disabled={assess.busy}>{t('recordAssessment')}</button>
      </form>
      <FormError error={assess.error} />
    </>
  );
}

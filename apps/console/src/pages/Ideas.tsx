import { useLocation, useRoute } from 'preact-iso';
import { useState } from 'preact/hooks';
import { IDEA_CATEGORIES, IDEA_MOVES, IDEA_STATUSES, type IdeaStatus } from '@asn/contracts/common';
import { ErrorNotice, Loading } from '../components/States';
import { FormError, Pager } from '../components/Common';
import { fieldsOf, useSubmit } from '../lib/forms';
import { useI18n, type MessageKey } from '../lib/i18n';
import { useSession } from '../lib/session';
import type { Idea, IdeaPage } from '../lib/types';
import { useApi } from '../lib/use-api';

const PAGE_SIZE = 20;
const statusKey = (s: string) => `idea_${s.replace('-', '_')}` as MessageKey;
const categoryKey = (c: string) => `ideaCategory_${c.replace('-', '_')}` as MessageKey;

/**
 * The ideas board ("Salatiga Hijau" and others): employees submit ideas as themselves and follow
 * their own; agencies and the admin move them through their lifecycle and record citizens reached.
 */
export function Ideas() {
  const { query } = useRoute();
  const { route } = useLocation();
  const session = useSession();
  const i = useI18n();
  const { t } = i;
  const employee = session?.role === 'employee';
  const view = employee ? (query.view === 'launched' ? 'launched' : 'mine') : 'all';
  const status = query.status ?? '';
  const category = query.category ?? '';
  const page = Math.max(1, Number(query.page) || 1);
  const [version, setVersion] = useState(0);
  const params = new URLSearchParams({
    page: String(page),
    pageSize: String(PAGE_SIZE),
    ...(view === 'mine' ? { proposerNip: session!.nip! } : {}),
    ...(view === 'launched' ? { status: 'launched' } : status ? { status } : {}),
    ...(category ? { category } : {}),
    v: String(version),
  });
  const { data, error, loading, reload } = useApi<IdeaPage>(`/v1/ideas?${params}`);
  const go = (next: Record<string, string>) => route(`/ide?${new URLSearchParams(Object.entries({ ...query, ...next }).filter(([k, v]) => v !== '' && !(k === 'page' && v === '1')))}`);
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const changed = () => setVersion((v) => v + 1);
  return (
    <>
      <div class="page-head">
        <h1>{t('ideasTitle')}</h1>
        {employee ? (
          <nav class="sub-nav" aria-label={t('ideasTitle')}>
            <a href="/ide" aria-current={view === 'mine' ? 'page' : undefined}>{t('myIdeas')}</a>
            <a href="/ide?view=launched" aria-current={view === 'launched' ? 'page' : undefined}>{t('launchedInitiatives')}</a>
          </nav>
        ) : (
          <form class="filters" onSubmit={(e) => e.preventDefault()}>
            <label for="ideas-status">{t('status')}</label>
            <select id="ideas-status" value={status} onChange={(e) => go({ status: e.currentTarget.value, page: '1' })}>
              <option value="">{t('all')}</option>
              {IDEA_STATUSES.map((s) => <option value={s}>{t(statusKey(s))}</option>)}
            </select>
            <label for="ideas-category">{t('category')}</label>
            <select id="ideas-category" value={category} onChange={(e) => go({ category: e.currentTarget.value, page: '1' })}>
              <option value="">{t('all')}</option>
              {IDEA_CATEGORIES.map((c) => <option value={c}>{t(categoryKey(c))}</option>)}
            </select>
          </form>
        )}
      </div>
      {loading && !data && <Loading />}
      {error !== undefined && <ErrorNotice error={error} retry={reload} />}
      {data && (
        <section class="card" aria-labelledby="ideas-list-title">
          <h2 id="ideas-list-title">{t('ideasFound', { n: i.number(data.total) })}</h2>
          {data.items.length === 0 && <p>{t('noIdeas')}</p>}
          {data.items.map((idea) => <IdeaCard idea={idea} key={idea.id} onChange={changed} />)}
          <Pager page={page} pages={pages} go={(p) => go({ page: String(p) })} />
        </section>
      )}
      {session?.role !== 'analyst' && <SubmitIdea onSubmitted={changed} />}
    </>
  );
}

function IdeaCard({ idea, onChange }: { idea: Idea; onChange: () => void }) {
  const i = useI18n();
  const { t } = i;
  const session = useSession();
  const move = useSubmit(onChange);
  const participate = useSubmit(onChange);
  const [note, setNote] = useState('');
  const manages = session?.role === 'admin' || session?.role === 'agency';
  const moves = IDEA_MOVES[idea.status as IdeaStatus] ?? [];
  return (
    <article class="idea" aria-labelledby={`idea-${idea.id}`} data-idea={idea.id} data-status={idea.status}>
      <h3 id={`idea-${idea.id}`}>{idea.title}</h3>
      <p class="idea-meta">
        <span class={`badge status-${idea.status}`}>{t(statusKey(idea.status))}</span> {t(categoryKey(idea.category))}
        {idea.opd ? ` · ${idea.opd}` : ''}
        {idea.citizensReached ? ` · ${t('citizensReachedN', { n: i.number(idea.citizensReached) })}` : ''}
      </p>
      {idea.problem && <p><strong>{t('ideaProblem')}:</strong> {idea.problem}</p>}
      {idea.proposal && <p><strong>{t('ideaProposal')}:</strong> {idea.proposal}</p>}
      {manages && moves.length > 0 && (
        <div class="filters">
          <label for={`note-${idea.id}`}>{t('note')}</label>
          <input id={`note-${idea.id}`} value={note} maxLength={2000} onInput={(e) => setNote(e.currentTarget.value)} />
          {moves.map((to) => (
            <button type="button" class="secondary" disabled={move.busy} onClick={() => void move.submit(`/v1/ideas/${idea.id}/transitions`, { to, ...(note ? { note } : {}) })}>
              {t(`move_${to.replace('-', '_')}` as MessageKey)}
            </button>
          ))}
        </div>
      )}
      <FormError error={move.error} />
      {manages && idea.status === 'launched' && (
        <form class="inline-form" onSubmit={(e) => { e.preventDefault(); const form = e.currentTarget; const f = fieldsOf(form); void participate.submit(`/v1/ideas/${idea.id}/participation`, { citizens: Number(f.citizens), activity: f.activity, on: f.on }).then((r) => r && form.reset()); }}>
          <label for={`citizens-${idea.id}`}>{t('citizens')}</label><input id={`citizens-${idea.id}`} name="citizens" type="number" min={1} max={1000000} required />
          <label for={`activity-${idea.id}`}>{t('activity')}</label><input id={`activity-${idea.id}`} name="activity" minLength={3} maxLength={500} required />
          <label for={`on-${idea.id}`}>{t('date')}</label><input id={`on-${idea.id}`} name="on" type="date" required />
          <button type="submit" disabled={participate.busy}>{t('recordParticipation')}</button>
        </form>
      )}
      <FormError error={participate.error} />
    </article>
  );
}

/** An employee submits an idea as themself; an agency or the admin names the proposer. */
function SubmitIdea({ onSubmitted }: { onSubmitted: () => void }) {
  const { t } = useI18n();
  const session = useSession();
  const submit = useSubmit(onSubmitted);
  return (
    <section class="card" aria-labelledby="submit-idea-title">
      <h2 id="submit-idea-title">{t('submitIdea')}</h2>
      <form
        class="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const f = fieldsOf(form);
          void submit.submit('/v1/ideas', { title: f.title, problem: f.problem, proposal: f.proposal, category: f.category, proposerNip: session?.role === 'employee' ? session.nip : f.proposerNip }).then((r) => r && form.reset());
        }}
      >
        <label for="idea-title">{t('ideaTitle')}</label><input id="idea-title" name="title" required minLength={3} maxLength={200} />
        <label for="idea-problem">{t('ideaProblem')}</label><textarea id="idea-problem" name="problem" required minLength={10} maxLength={5000} rows={3} />
        <label for="idea-proposal">{t('ideaProposal')}</label><textarea id="idea-proposal" name="proposal" required minLength={10} maxLength={5000} rows={3} />
        <label for="idea-category">{t('category')}</label>
        <select id="idea-category" name="category">{IDEA_CATEGORIES.map((c) => <option value={c}>{t(categoryKey(c))}</option>)}</select>
        {session?.role !== 'employee' && (<><label for="idea-proposer">{t('proposerNip')}</label><input id="idea-proposer" name="proposerNip" inputMode="numeric" pattern="[0-9]{18}" required /></>)}
        <div class="form-actions"><button type="submit" disabled={submit.busy}>{t('submit')}</button></div>
      </form>
      <FormError error={submit.error} />
      {submit.done !== undefined && <p class="notice" role="status">{t('ideaSubmitted')}</p>}
    </section>
  );
}

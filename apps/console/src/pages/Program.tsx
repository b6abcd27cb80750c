import { useRoute } from 'preact-iso';
import { useState } from 'preact/hooks';
import { ErrorNotice, Loading } from '../components/States';
import { FormError, ScrollRegion } from '../components/Common';
import { fieldsOf, useSubmit } from '../lib/forms';
import { useI18n, type MessageKey } from '../lib/i18n';
import { useSession } from '../lib/session';
import type { EnrollmentList, Program, Session } from '../lib/types';
import { useApi } from '../lib/use-api';

interface SessionPage {
  items: Session[];
  total: number;
}

/** A programme with its sessions: seats, enrolling staff (agency, admin), scheduling and completions (admin). */
export function ProgramPage() {
  const { params } = useRoute();
  const i = useI18n();
  const { t } = i;
  const session = useSession();
  const program = useApi<Program>(`/v1/programs/${encodeURIComponent(params.id!)}`);
  const [version, setVersion] = useState(0);
  const sessions = useApi<SessionPage>(`/v1/programs/${encodeURIComponent(params.id!)}/sessions?pageSize=50&v=${version}`);
  if (program.loading) return <Loading />;
  if (program.error !== undefined || !program.data) return <ErrorNotice error={program.error} retry={program.reload} />;
  const p = program.data;
  const changed = () => setVersion((v) => v + 1);
  return (
    <>
      <div class="page-head">
        <h1>{p.title}</h1>
        <dl class="facts">
          <dt>{t('code')}</dt><dd>{p.code}</dd>
          <dt>{t('category')}</dt><dd>{t(`category_${p.category}` as MessageKey)}</dd>
          <dt>JP</dt><dd>{i.number(p.jp)}</dd>
          <dt>{t('competencies')}</dt><dd>{p.competencies.map((c) => c.code).join(', ')}</dd>
        </dl>
      </div>
      <section class="card" aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t('sessions')}</h2>
        {sessions.loading && !sessions.data && <Loading />}
        {sessions.error !== undefined && <ErrorNotice error={sessions.error} retry={sessions.reload} />}
        {sessions.data && sessions.data.items.length === 0 && <p>{t('noSessions')}</p>}
        {sessions.data?.items.map((s) => <SessionCard s={s} key={s.id} onChange={changed} />)}
      </section>
      {session?.role === 'admin' && <ScheduleSession programId={p.id} onScheduled={changed} />}
    </>
  );
}

function SessionCard({ s, onChange }: { s: Session; onChange: () => void }) {
  const i = useI18n();
  const { t } = i;
  const session = useSession();
  const full = s.enrolled >= s.capacity;
  const enrol = useSubmit(() => onChange());
  const [nip, setNip] = useState('');
  const mayEnrol = session?.role === 'admin' || session?.role === 'agency';
  return (
    <article class="session" aria-labelledby={`session-${s.id}`} data-session={s.id}>
      <h3 id={`session-${s.id}`}>{i.date(s.startsOn)} – {i.date(s.endsOn)}{s.location ? ` · ${s.location}` : ''}</h3>
      <p class={full ? 'seats full' : 'seats'} data-seats={`${s.enrolled}/${s.capacity}`}>
        {t('seatsTaken', { enrolled: i.number(s.enrolled), capacity: i.number(s.capacity) })} {full ? `· ${t('sessionFull')}` : `· ${t('seatsLeft', { n: i.number(s.capacity - s.enrolled) })}`}
      </p>
      <div class="progress" aria-hidden="true"><div class={`progress-bar${full ? '' : ' done'}`} style={{ width: `${Math.min(100, (s.enrolled / s.capacity) * 100)}%` }} /></div>
      {/* A session known to be full offers no form; one filled meanwhile answers SESSION_FULL, and the
          seats are read again after any refusal so the card shows what the refusal was about. */}
      {mayEnrol && full && <p class="notice" data-enrolment="closed">{t('enrolmentClosedFull')}</p>}
      {mayEnrol && !full && (
        <form class="filters" onSubmit={(e) => { e.preventDefault(); void enrol.submit(`/v1/sessions/${s.id}/enrollments`, { nip: nip.trim() }).then((r) => (r ? setNip('') : onChange())); }}>
          <label for={`enrol-${s.id}`}>{t('enrolNip')}</label>
          <input id={`enrol-${s.id}`} inputMode="numeric" pattern="[0-9]{18}" maxLength={18} required value={nip} onInput={(e) => setNip(e.currentTarget.value)} />
          <button type="submit" disabled={enrol.busy}>{t('enrol')}</button>
        </form>
      )}
      <FormError error={enrol.error} />
      {enrol.done !== undefined && <p class="notice" role="status">{t('enrolled')}</p>}
      {mayEnrol && <Enrollments sessionId={s.id} version={s.enrolled} />}
    </article>
  );
}

/** Who is enrolled (an agency sees its own OPD's), and for an admin the completion of each. */
function Enrollments({ sessionId, version }: { sessionId: string; version: number }) {
  const i = useI18n();
  const { t } = i;
  const session = useSession();
  const [open, setOpen] = useState(false);
  const [changed, setChanged] = useState(0);
  const list = useApi<EnrollmentList>(open ? `/v1/sessions/${sessionId}/enrollments?v=${version}-${changed}` : null);
  const exportList = async (data: EnrollmentList) => {
    const { saveBlob, tableWorkbook } = await import('../lib/exports');
    const head = [t('nip'), t('name'), t('status'), 'JP', t('result')];
    const rows = data.items.map((e) => [e.enrollment!.nip, e.name, t(`status_${e.enrollment!.status}` as MessageKey), e.completion ? Number(e.completion.attendedJp) : '', e.completion ? t(e.completion.passed ? 'passed' : 'failed') : '']);
    saveBlob(await tableWorkbook(t('enrolledStaff'), { head, rows }), `peserta-${sessionId.slice(0, 8)}.xlsx`);
  };
  return (
    <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t('enrolledStaff')}</summary>
      {list.loading && open && !list.data && <Loading />}
      {list.error !== undefined && <ErrorNotice error={list.error} retry={list.reload} />}
      {list.data && list.data.items.length > 0 && <button type="button" class="secondary" onClick={() => void exportList(list.data!)}>{t('downloadExcel')}</button>}
      {list.data && (list.data.items.length === 0 ? <p>{t('nobodyEnrolled')}</p> : (
        <ScrollRegion label={t('enrolledStaff')}>
        <table>
          <thead><tr><th scope="col">{t('nip')}</th><th scope="col">{t('name')}</th><th scope="col">{t('status')}</th>{session?.role === 'admin' && <th scope="col">{t('completion')}</th>}</tr></thead>
          <tbody>
            {list.data.items.map((e) => (
              <tr>
                <td>{e.enrollment!.nip}</td>
                <th scope="row">{e.name}</th>
                <td>{e.completion ? `${t(e.completion.passed ? 'passed' : 'failed')} · ${i.number(e.completion.attendedJp)} JP` : t(`status_${e.enrollment!.status}` as MessageKey)}</td>
                {session?.role === 'admin' && <td>{!e.completion && e.enrollment!.status === 'enrolled' && <CompleteForm enrollmentId={e.enrollment!.id} onDone={() => setChanged((n) => n + 1)} />}</td>}
              </tr>
            ))}
          </tbody>
        </table>
        </ScrollRegion>
      ))}
    </details>
  );
}

function CompleteForm({ enrollmentId, onDone }: { enrollmentId: string; onDone: () => void }) {
  const { t } = useI18n();
  const complete = useSubmit(onDone);
  const id = enrollmentId.replace(/[^A-Za-z0-9]/g, '');
  return (
    <form class="inline-form" onSubmit={(e) => { e.preventDefault(); const f = fieldsOf(e.currentTarget); void complete.submit(`/v1/enrollments/${encodeURIComponent(enrollmentId)}/completion`, { attendedJp: Number(f.attendedJp), preTestScore: Number(f.preTestScore), postTestScore: Number(f.postTestScore), passed: f.passed === 'on', completedOn: f.completedOn }); }}>
      <label for={`jp-${id}`}>JP</label><input id={`jp-${id}`} name="attendedJp" type="number" min={0} max={500} required size={4} />
      <label for={`pre-${id}`}>{t('preTest')}</label><input id={`pre-${id}`} name="preTestScore" type="number" min={0} max={100} required size={4} />
      <label for={`post-${id}`}>{t('postTest')}</label><input id={`post-${id}`} name="postTestScore" type="number" min={0} max={100} required size={4} />
      <label for={`passed-${id}`}>{t('passed')}</label><input id={`passed-${id}`} name="passed" type="checkbox" />
      <label for={`on-${id}`}>{t('completedOn')}</label><input id={`on-${id}`} name="completedOn" type="date" required />
      <button type="submit" disabled={complete.busy}>{t('record')}</button>
      <FormError error={complete.error} />
    </form>
  );
}

function ScheduleSession({ programId, onScheduled }: { programId: string; onScheduled: () => void }) {
  const { t } = useI18n();
  const schedule = useSubmit(onScheduled);
  return (
    <section class="card" aria-labelledby="schedule-title">
      <h2 id="schedule-title">{t('scheduleSession')}</h2>
      <form class="form-grid" onSubmit={(e) => { e.preventDefault(); const f = fieldsOf(e.currentTarget); void schedule.submit(`/v1/programs/${programId}/sessions`, { startsOn: f.startsOn, endsOn: f.endsOn, capacity: Number(f.capacity), ...(f.location ? { location: f.location } : {}) }); }}>
        <label for="session-starts">{t('startsOn')}</label><input id="session-starts" name="startsOn" type="date" required />
        <label for="session-ends">{t('endsOn')}</label><input id="session-ends" name="endsOn" type="date" required />
        <label for="session-capacity">{t('capacity')}</label><input id="session-capacity" name="capacity" type="number" min={1} max={10000} required />
        <label for="session-location">{t('location')}</label><input id="session-location" name="location" maxLength={200} />
        <div class="form-actions"><button type="submit" disabled={schedule.busy}>{t('schedule')}</button></div>
      </form>
      <FormError error={schedule.error} />
      {schedule.done !== undefined && <p class="notice" role="status">{t('scheduled')}</p>}
    </section>
  );
}

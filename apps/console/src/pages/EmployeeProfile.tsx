import { useRoute } from 'preact-iso';
import { useState } from 'preact/hooks';
import { ErrorNotice, Loading } from '../components/States';
import { ScrollRegion } from '../components/Common';
import { download } from '../lib/api';
import { useI18n, type MessageKey } from '../lib/i18n';
import type { Profile } from '../lib/types';
import { useApi } from '../lib/use-api';

const DIMENSIONS = ['qualification', 'competency', 'performance', 'discipline'] as const;

/** An employee's profile: JP toward 20, IP ASN with its sources, gaps with programmes, training and certificates. */
export function EmployeeProfile() {
  const { params } = useRoute();
  const i = useI18n();
  const { t } = i;
  const { data: p, error, loading, reload } = useApi<Profile>(`/v1/employees/${encodeURIComponent(params.nip!)}/profile`);
  const [downloadError, setDownloadError] = useState<unknown>();
  if (loading) return <Loading />;
  if (error !== undefined || !p) return <ErrorNotice error={error} retry={reload} />;
  const e = p.employee;
  const m = p.metrics;
  const jp = m?.jp;
  const share = jp ? Math.min(1, Number(jp.total) / Number(jp.target)) : 0;
  return (
    <>
      <div class="page-head">
        <h1>{e?.name ?? t('profileTitle')}</h1>
        {e && (
          <dl class="facts">
            <dt>{t('nip')}</dt><dd>{e.nip}</dd>
            <dt>{t('opd')}</dt><dd>{e.opd}</dd>
            <dt>{t('position')}</dt><dd>{e.position?.title}</dd>
          </dl>
        )}
      </div>
      {p.degraded.length > 0 && (
        <p class="notice warning" role="status" data-degraded={p.degraded.join(',')}>
          {t('degraded', { parts: p.degraded.map((part) => t(`part_${part}` as MessageKey)).join(', ') })}
        </p>
      )}
      {jp && (
        <section class="card" aria-labelledby="jp-title">
          <h2 id="jp-title">{t('jpProgress', { year: m!.year })}</h2>
          <div class="progress" role="progressbar" aria-labelledby="jp-title" aria-valuemin={0} aria-valuemax={Number(jp.target)} aria-valuenow={Number(jp.total)} aria-valuetext={t('jpOfTarget', { total: i.number(Number(jp.total)), target: i.number(Number(jp.target)) })}>
            <div class={`progress-bar${jp.compliant ? ' done' : ''}`} style={{ width: `${share * 100}%` }} />
          </div>
          <p id="jp-total">{t('jpOfTarget', { total: i.number(Number(jp.total)), target: i.number(Number(jp.target)) })}</p>
          <ul class="inline">
            <li>{t('jpTraining')}: {i.number(Number(jp.training))}</li>
            <li>{t('jpPlacement')}: {i.number(Number(jp.placement))}</li>
            <li>{t('jpExternal')}: {i.number(Number(jp.external))}</li>
          </ul>
        </section>
      )}
      {m?.ipAsn && (
        <section class="card" aria-labelledby="ip-asn-title">
          <h2 id="ip-asn-title">{t('ipAsnTitle')}</h2>
          <p id="ip-asn-score">{t('ipAsnScore', { score: i.number(Number(m.ipAsn.score)), category: t(`cat_${m.ipAsn.category.replace('-', '_')}` as MessageKey) })}</p>
          <table>
            <thead><tr><th scope="col">{t('dimension')}</th><th scope="col">{t('points')}</th><th scope="col">{t('source')}</th></tr></thead>
            <tbody>
              {DIMENSIONS.map((d) => (
                <tr data-dimension={d}>
                  <th scope="row">{t(`dim_${d}`)}</th>
                  <td>{i.number(Number(m.ipAsn!.dimensions?.[d] ?? 0))}</td>
                  <td>{t(`source_${m.ipAsn!.sources?.[d] === 'missing' ? 'missing' : 'data'}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {m && (
        <section class="card" aria-labelledby="gaps-title">
          <h2 id="gaps-title">{t('gapsTitle')}</h2>
          {m.gaps.length === 0 ? <p>{t('noGaps')}</p> : (
            <ScrollRegion labelledBy="gaps-title">
            <table id="gaps">
              <thead><tr><th scope="col">{t('competency')}</th><th scope="col">{t('requiredLevel')}</th><th scope="col">{t('currentLevel')}</th><th scope="col">{t('recommended')}</th></tr></thead>
              <tbody>
                {m.gaps.map((g) => (
                  <tr><th scope="row">{g.code}</th><td>{g.requiredLevel}</td><td>{g.currentLevel}</td><td>{g.recommendedPrograms.map((r) => `${r.title} (${r.code})`).join('; ')}</td></tr>
                ))}
              </tbody>
            </table>
            </ScrollRegion>
          )}
        </section>
      )}
      <section class="card" aria-labelledby="history-title">
        <h2 id="history-title">{t('historyTitle')}</h2>
        {downloadError !== undefined && <ErrorNotice error={downloadError} />}
        {!p.learning?.length ? <p>{t('noHistory')}</p> : (
          <ScrollRegion labelledBy="history-title">
            <table id="history">
              <thead><tr><th scope="col">{t('program')}</th><th scope="col">{t('dates')}</th><th scope="col">JP</th><th scope="col">{t('result')}</th><th scope="col">{t('certificate')}</th></tr></thead>
              <tbody>
                {p.learning.map((h) => (
                  <tr>
                    <th scope="row">{h.program?.title} <small>({h.program?.code})</small></th>
                    <td>{h.session ? `${i.date(h.session.startsOn)} – ${i.date(h.session.endsOn)}` : ''}</td>
                    <td>{h.completion ? i.number(h.completion.attendedJp) : ''}</td>
                    <td>{h.completion ? t(h.completion.passed ? 'passed' : 'failed') : h.enrollment?.status}</td>
                    <td>
                      {h.completion?.certificate?.id && (
                        <button type="button" class="secondary" data-certificate={h.completion.certificate.number} onClick={() => download(`/v1/certificates/${h.completion!.certificate!.id}.pdf`, `sertifikat-${h.completion!.certificate!.number.replace(/\W+/g, '-')}.pdf`).catch(setDownloadError)}>
                          {t('download')} {h.completion.certificate.number}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </>
  );
}

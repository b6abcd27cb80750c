import { useRoute } from 'preact-iso';
import { certificateNumberOfCode } from '@asn/contracts/common';
import { ErrorNotice, Loading } from '../components/States';
import { ApiError } from '../lib/api';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/use-api';

interface Verification {
  number: string;
  programTitle: string;
  programCode: string;
  jp: number;
  completedOn: string;
  issuedOn: string;
  holderName: string;
  holderNip: string;
}

/**
 * The public page behind a certificate's QR code (spec 8.10): no sign-in, only whether the
 * certificate is genuine and what it is for, with its holder masked.
 */
export function Verify() {
  const { params } = useRoute();
  const i = useI18n();
  const { t } = i;
  const code = params.code ?? '';
  const { data: v, error, loading, reload } = useApi<Verification>(`/v1/certificates/verify/${encodeURIComponent(code)}`);
  if (loading) return <Loading />;
  if (error instanceof ApiError && (error.code === 'CERTIFICATE_NOT_FOUND' || error.code === 'CERTIFICATE_NUMBER_INVALID')) {
    return (
      <section class="card verify invalid" aria-labelledby="verify-title" data-valid="false">
        <h1 id="verify-title">{t(error.code === 'CERTIFICATE_NOT_FOUND' ? 'certificateUnknown' : 'certificateNumberInvalid')}</h1>
        <p>{t('certificateUnknownHelp', { number: certificateNumberOfCode(code) })}</p>
      </section>
    );
  }
  if (error !== undefined || !v) return <ErrorNotice error={error} retry={reload} />;
  return (
    <section class="card verify valid" aria-labelledby="verify-title" data-valid="true">
      <h1 id="verify-title">{t('certificateValid')}</h1>
      <p>{t('certificateValidHelp')}</p>
      <dl class="facts">
        <dt>{t('certificateNumber')}</dt><dd data-field="number">{v.number}</dd>
        <dt>{t('program')}</dt><dd data-field="program">{v.programTitle} ({v.programCode})</dd>
        <dt>JP</dt><dd data-field="jp">{i.number(v.jp)}</dd>
        <dt>{t('completedOn')}</dt><dd data-field="completedOn">{i.date(v.completedOn)}</dd>
        <dt>{t('issuedOn')}</dt><dd data-field="issuedOn">{i.date(v.issuedOn)}</dd>
        <dt>{t('holder')}</dt><dd data-field="holder">{v.holderName}</dd>
        <dt>{t('nip')}</dt><dd data-field="nip">{v.holderNip}</dd>
      </dl>
    </section>
  );
}

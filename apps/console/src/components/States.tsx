import { ApiError } from '../lib/api';
import { useI18n } from '../lib/i18n';

export function Loading() {
  const { t } = useI18n();
  return <p class="loading" role="status">{t('loading')}</p>;
}

/** An error the user can act on: the problem code's message in their language, and a retry. */
export function ErrorNotice({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t, lang } = useI18n();
  const message = error instanceof ApiError ? error.messageIn(lang) : t('errorTitle');
  return (
    <div class="notice error" role="alert" data-code={error instanceof ApiError ? error.code : undefined}>
      <p>{message}</p>
      {retry && <button type="button" onClick={retry}>{t('retry')}</button>}
    </div>
  );
}

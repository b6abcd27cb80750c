import { useI18n } from '../lib/i18n';

export function NotFound() {
  const { t } = useI18n();
  return (
    <section class="card">
      <h1>{t('notFoundTitle')}</h1>
      <a href="/">{t('backHome')}</a>
    </section>
  );
}

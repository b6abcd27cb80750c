import type { ComponentChildren } from 'preact';
import { userManager, homeOf, type Session } from '../lib/auth';
import { LANGS, useI18n, type MessageKey } from '../lib/i18n';

/** The frame of every page: a skip link, the header (who is signed in, language, sign-out) and the page. */
export function Layout({ session, children }: { session: Session | null; children: ComponentChildren }) {
  const { t, lang, setLang } = useI18n();
  const signOut = async () => {
    const m = await userManager();
    await m?.signoutRedirect();
  };
  return (
    <>
      <a class="skip" href="#main">{t('skipToContent')}</a>
      <header class="top">
        <a class="brand" href="/">{t('appName')}</a>
        {session && (
          <nav aria-label="Menu">
            {session.role === 'employee' && <a href={homeOf(session)}>{t('navProfile')}</a>}
            {session.role === 'agency' && <a href={homeOf(session)}>{t('navDashboard')}</a>}
            {(session.role === 'admin' || session.role === 'analyst') && <a href="/kota">{t('navCity')}</a>}
            <a href="/pelatihan">{t('navCatalogue')}</a>
            <a href="/ide">{t('navIdeas')}</a>
          </nav>
        )}
        <div class="top-tools">
          <div class="lang" role="group" aria-label={t('language')}>
            {LANGS.map((l) => (
              <button type="button" class={l === lang ? 'active' : ''} aria-pressed={l === lang} onClick={() => setLang(l)}>
                {l.toUpperCase()}
              </button>
            ))}
          </div>
          {session && (
            <>
              {/* The person, then what they act as (a role badge), so a name like the role's is not said twice. */}
              <span class="who" data-role={session.role}>
                <span class="who-name">{session.name}</span>
                <span class="who-role">{t(`role_${session.role}` as MessageKey)}{session.opd ? ` · ${session.opd}` : ''}</span>
              </span>
              <button type="button" class="secondary" onClick={signOut}>{t('signOut')}</button>
            </>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>{children}</main>
    </>
  );
}

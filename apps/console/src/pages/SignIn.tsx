import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { userManager } from '../lib/auth';
import { useI18n } from '../lib/i18n';
import { ErrorNotice } from '../components/States';

/** The page a signed-out visitor sees: what the console is, and the way in. */
export function SignIn({ returnTo = '/' }: { returnTo?: string }) {
  const { t } = useI18n();
  const [available, setAvailable] = useState<boolean | undefined>(undefined);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    userManager().then((m) => setAvailable(Boolean(m)), setError);
  }, []);
  const signIn = async () => {
    try {
      await (await userManager())!.signinRedirect({ state: { returnTo } });
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section class="card sign-in">
      <h1>{t('appName')}</h1>
      <p>{t('signInIntro')}</p>
      {available === false && <p class="notice">{t('signInUnavailable')}</p>}
      {available && <button type="button" onClick={signIn}>{t('signInWithSso')}</button>}
      {error !== undefined && <ErrorNotice error={error} />}
    </section>
  );
}

/** Where the OpenID Provider sends the browser back: finish the sign-in, then go where the user was going. */
export function SignInCallback({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useI18n();
  const { route } = useLocation();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    userManager()
      .then((m) => m!.signinRedirectCallback())
      .then((user) => {
        onSignedIn();
        const returnTo = (user.state as { returnTo?: string } | undefined)?.returnTo;
        route(returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/', true);
      }, setError);
  }, []);
  return error !== undefined ? <ErrorNotice error={error} /> : <p role="status">{t('signingIn')}</p>;
}

import type { ComponentChildren } from 'preact';
import { LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { User } from 'oidc-client-ts';
import { Layout } from './components/Layout';
import { useTokenFrom } from './lib/api';
import { homeOf, sessionOf, userManager, type Session } from './lib/auth';
import { LANGS, makeI18n, I18nContext, type Lang } from './lib/i18n';
import { SessionContext } from './lib/session';
import { EmployeeProfile } from './pages/EmployeeProfile';
import { Catalogue } from './pages/Catalogue';
import { CityOverview } from './pages/CityOverview';
import { Employees } from './pages/Employees';
import { NeedsPlanPage } from './pages/NeedsPlan';
import { FollowUps } from './pages/FollowUps';
import { Ideas } from './pages/Ideas';
import { JpPerEmployee } from './pages/JpPerEmployee';
import { NotFound } from './pages/NotFound';
import { OpdDashboard } from './pages/OpdDashboard';
import { ProgramPage } from './pages/Program';
import { SignIn, SignInCallback } from './pages/SignIn';
import { Verify } from './pages/Verify';

const LANG_KEY = 'asn-console-lang';

export function App() {
  const [lang, setLangState] = useState<Lang>(() => (LANGS.find((l) => l === localStorage.getItem(LANG_KEY)) ?? 'id'));
  const setLang = (l: Lang) => {
    localStorage.setItem(LANG_KEY, l);
    setLangState(l);
  };
  const i18n = useMemo(() => makeI18n(lang, setLang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const [user, setUser] = useState<User | null | undefined>(undefined);
  const session = sessionOf(user ?? null);
  useTokenFrom(() => session?.accessToken);
  const loadUser = () => userManager().then((m) => (m ? m.getUser() : null)).then(setUser, () => setUser(null));
  useEffect(() => {
    loadUser();
    let unsubscribe = () => {};
    // Renewed (refresh token) or signed out elsewhere: the session follows.
    userManager().then((m) => {
      if (!m) return;
      const onLoaded = (u: User) => setUser(u);
      const onGone = () => setUser(null);
      m.events.addUserLoaded(onLoaded);
      m.events.addUserUnloaded(onGone);
      m.events.addAccessTokenExpired(onGone);
      m.events.addSilentRenewError(onGone);
      unsubscribe = () => {
        m.events.removeUserLoaded(onLoaded);
        m.events.removeUserUnloaded(onGone);
        m.events.removeAccessTokenExpired(onGone);
        m.events.removeSilentRenewError(onGone);
      };
    });
    return () => unsubscribe();
  }, []);

  return (
    <I18nContext.Provider value={i18n}>
      <SessionContext.Provider value={session}>
        <LocationProvider>
          <Layout session={session}>
            {user === undefined ? null : (
              <Router>
                <Route path="/auth/callback" component={() => <SignInCallback onSignedIn={loadUser} />} />
                <Route path="/" component={() => <Home session={session} />} />
                <Route path="/opd/:opd" component={() => <Protected session={session}><OpdDashboard /></Protected>} />
                <Route path="/opd/:opd/rencana" component={() => <Protected session={session}><NeedsPlanPage /></Protected>} />
                <Route path="/opd/:opd/tindak-lanjut" component={() => <Protected session={session}><FollowUps /></Protected>} />
                <Route path="/opd/:opd/jp" component={() => <Protected session={session}><JpPerEmployee /></Protected>} />
                <Route path="/opd/:opd/pegawai" component={() => <Protected session={session}><Employees /></Protected>} />
                <Route path="/pegawai/:nip" component={() => <Protected session={session}><EmployeeProfile /></Protected>} />
                <Route path="/ide" component={() => <Protected session={session}><Ideas /></Protected>} />
                <Route path="/kota" component={() => <Protected session={session}><CityOverview /></Protected>} />
                <Route path="/pelatihan" component={() => <Protected session={session}><Catalogue /></Protected>} />
                <Route path="/pelatihan/:id" component={() => <Protected session={session}><ProgramPage /></Protected>} />
                <Route path="/verify/:code" component={Verify} />
                <Route default component={NotFound} />
              </Router>
            )}
          </Layout>
        </LocationProvider>
      </SessionContext.Provider>
    </I18nContext.Provider>
  );
}

function Home({ session }: { session: Session | null }) {
  const { route } = useLocation();
  useEffect(() => {
    if (session) route(homeOf(session), true);
  }, [session]);
  return session ? null : <SignIn />;
}

/** A page that needs a signed-in user: the sign-in page otherwise, coming back here after. */
function Protected({ session, children }: { session: Session | null; children: ComponentChildren }) {
  const { url } = useLocation();
  return session ? <>{children}</> : <SignIn returnTo={url} />;
}

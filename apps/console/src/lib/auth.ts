import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';

export type Role = 'admin' | 'agency' | 'analyst' | 'employee';

export interface Session {
  name: string;
  role: Role;
  opd?: string;
  nip?: string;
  accessToken: string;
}

interface ConsoleConfig {
  oidc: { authority: string; clientId: string } | null;
}

let manager: Promise<UserManager | null> | undefined;

/**
 * Sign-in through the OpenID Provider the gateway names in `/config.json` (the local provider of
 * `npm start`, or the city's): authorization code with PKCE (oidc-client-ts), tokens kept in this
 * tab's session storage, renewed with the refresh token before they expire. One manager per page:
 * two would each renew with the same refresh token, and the provider refuses the second (rotation).
 */
export function userManager(): Promise<UserManager | null> {
  manager ??= fetch('/config.json')
    .then((res) => res.json() as Promise<ConsoleConfig>)
    .then((config) =>
      config.oidc
        ? new UserManager({
            authority: config.oidc.authority,
            client_id: config.oidc.clientId,
            redirect_uri: `${location.origin}/auth/callback`,
            post_logout_redirect_uri: `${location.origin}/`,
            response_type: 'code',
            scope: 'openid profile',
            loadUserInfo: false,
            automaticSilentRenew: true,
            userStore: new WebStorageStateStore({ store: window.sessionStorage }),
          })
        : null,
    );
  manager.catch(() => {
    manager = undefined; // the gateway did not answer: ask again next time
  });
  return manager;
}

const ROLES: Role[] = ['admin', 'agency', 'analyst', 'employee'];

/** What the console needs of a signed-in user; null when the token lacks a known role. */
export function sessionOf(user: User | null): Session | null {
  if (!user || user.expired) return null;
  const p = user.profile as Record<string, unknown>;
  const role = ROLES.find((r) => r === p.role);
  if (!role) return null;
  return {
    name: typeof p.name === 'string' ? p.name : String(p.sub),
    role,
    ...(typeof p.opd === 'string' ? { opd: p.opd } : {}),
    ...(typeof p.nip === 'string' ? { nip: p.nip } : {}),
    accessToken: user.access_token,
  };
}

/** Where a role starts: its own OPD's dashboard, its own profile, or the city overview. */
export function homeOf(session: Session): string {
  if (session.role === 'employee') return `/pegawai/${session.nip}`;
  if (session.role === 'agency') return `/opd/${session.opd}`;
  return '/kota';
}

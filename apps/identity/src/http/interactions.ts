import formBody from '@fastify/formbody';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { HttpApp } from '@asn/service-kit';
import type Provider from 'oidc-provider';
import type { Directory } from '../domain/users';
import { escapeHtml } from './provider';
import { page } from './pages';

interface LoginBody {
  username?: string;
  password?: string;
}

/**
 * The provider's interactions: a sign-in form in Bahasa Indonesia, checked against the directory.
 * The console is first-party, so a consent prompt (should one come) is granted at once.
 */
export async function interactionRoutes(app: HttpApp, provider: Provider, directory: Directory, formAction: string) {
  await app.register(formBody, { bodyLimit: 4096 });
  const html = (reply: FastifyReply, status: number, body: string) =>
    reply
      .code(status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      // Chrome applies form-action to the redirects after a submit, which end at the console.
      .header('content-security-policy', `default-src 'none'; style-src 'unsafe-inline'; form-action 'self' ${formAction}; frame-ancestors 'none'; base-uri 'none'`)
      .send(body);
  const loginPage = (uid: string, error?: string, username = '') =>
    page(
      'Masuk',
      `<h1>Masuk ke Konsol ASN</h1>${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${encodeURIComponent(uid)}/login" autocomplete="on">
<label for="username">Nama pengguna</label><input id="username" name="username" autocomplete="username" required value="${escapeHtml(username)}" ${error ? '' : 'autofocus'}>
<label for="password">Kata sandi</label><input id="password" name="password" type="password" autocomplete="current-password" required ${error ? 'autofocus' : ''}>
<button type="submit">Masuk</button></form><small>Pemerintah Kota Salatiga · BKPSDM</small>`,
    );

  app.get<{ Params: { uid: string } }>('/interaction/:uid', async (req, reply) => {
    const details = await interactionOrExpired(provider, req, reply);
    if (!details) return;
    if (details.prompt.name === 'login') return html(reply, 200, loginPage(details.uid));
    // consent: grant what the client asked for (a first-party client, see loadExistingGrant)
    const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId: details.session!.accountId, clientId: String(details.params.client_id) });
    grant!.addOIDCScope(String(details.params.scope ?? 'openid'));
    const grantId = await grant!.save();
    reply.hijack();
    await provider.interactionFinished(req.raw, reply.raw, { consent: { grantId } }, { mergeWithLastSubmission: true });
  });

  app.post<{ Params: { uid: string }; Body: LoginBody }>('/interaction/:uid/login', async (req, reply) => {
    const details = await interactionOrExpired(provider, req, reply);
    if (!details) return;
    const username = String(req.body?.username ?? '').slice(0, 100);
    const account = directory.authenticate(username, String(req.body?.password ?? '').slice(0, 200));
    if (!account) {
      req.log.info({ username }, 'sign-in refused');
      return html(reply, 401, loginPage(details.uid, 'Nama pengguna atau kata sandi salah.', username));
    }
    req.log.info({ accountId: account.accountId, role: account.role }, 'signed in');
    reply.hijack();
    await provider.interactionFinished(req.raw, reply.raw, { login: { accountId: account.accountId } }, { mergeWithLastSubmission: false });
  });

  /** The interaction of this browser, or an error page when it expired (e.g. the form was left open too long). */
  async function interactionOrExpired(p: Provider, req: FastifyRequest, reply: FastifyReply) {
    try {
      return await p.interactionDetails(req.raw, reply.raw);
    } catch {
      html(reply, 400, page('Sesi berakhir', '<h1>Sesi masuk sudah berakhir</h1><p>Buka lagi konsol dan masuk kembali.</p>'));
      return undefined;
    }
  }
}

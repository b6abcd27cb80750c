import type { Lang } from './i18n';
import { problemMessage } from './problems';

/** A problem+json answer of the API (spec 6.3), with its message in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly correlationId?: string,
  ) {
    super(`${status} ${code}: ${detail}`);
  }
  messageIn(lang: Lang): string {
    return problemMessage(lang, this.code, this.detail);
  }
}

let tokenSource: () => string | undefined = () => undefined;
/** Where requests get the bearer token (the signed-in session's access token). */
export const useTokenFrom = (source: () => string | undefined) => {
  tokenSource = source;
};

/** Calls the gateway's API (same origin, `/v1`); an error answer becomes an ApiError. */
export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const token = tokenSource();
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? 'GET',
      headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  } catch {
    throw new ApiError(0, 'UPSTREAM_UNAVAILABLE', 'The gateway did not answer');
  }
  if (res.ok) return (res.status === 204 ? undefined : await res.json()) as T;
  const problem = (await res.json().catch(() => ({}))) as { code?: string; detail?: string; correlationId?: string };
  throw new ApiError(res.status, problem.code ?? (res.status >= 500 ? 'UPSTREAM_ERROR' : 'BAD_REQUEST'), problem.detail ?? res.statusText, problem.correlationId);
}

/** Downloads a file the API serves (a certificate PDF) with the session's token, as the browser would save it. */
export async function download(path: string, fileName: string): Promise<void> {
  const token = tokenSource();
  const res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { code?: string; detail?: string };
    throw new ApiError(res.status, problem.code ?? 'UPSTREAM_ERROR', problem.detail ?? res.statusText);
  }
  const url = URL.createObjectURL(await res.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// The suite's HTTP client of the gateway, as a careful agency's integration would be: every write
// carries an Idempotency-Key (spec 8.7) and is retried with the same key until it gets an answer
// that is not "try again" (a refused connection, a 5xx, a 429, a key still in use), so a write
// the platform acknowledged once is never sent as a new one.
import { randomUUID } from 'node:crypto';

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
  /** The problem code of a 4xx (spec 6.3). */
  code?: string;
}

/** A write that got no final answer within its budget: the platform never acknowledged it. */
export class Unanswered extends Error {
  override readonly name = 'Unanswered';
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);

export class GatewayClient {
  constructor(
    private readonly baseUrl: () => string,
    private readonly token: string,
    /** How long one logical write is retried before it counts as never acknowledged. */
    private readonly budgetMs = 120_000,
  ) {}

  async get<T = Record<string, unknown>>(path: string, timeoutMs = 10_000): Promise<Answer<T>> {
    const res = await fetch(`${this.baseUrl()}${path}`, { headers: { authorization: `Bearer ${this.token}` }, signal: AbortSignal.timeout(timeoutMs) });
    const body = (await res.json().catch(() => null)) as T;
    return { status: res.status, body, code: (body as { code?: string } | null)?.code };
  }

  /**
   * POSTs until an answer that is not "try again", and returns it (2xx or a 4xx the caller judges).
   * `retryWhile` names 4xx codes that mean "not yet" (an employee a service has not learned of yet).
   */
  async post<T = Record<string, unknown>>(path: string, body: unknown, opts: { retryWhile?: string[] } = {}): Promise<Answer<T>> {
    let key = randomUUID();
    const deadline = Date.now() + this.budgetMs;
    let last = 'no answer';
    for (let attempt = 0; Date.now() < deadline; attempt++) {
      if (attempt > 0) await sleep(Math.min(1_000, 100 * 2 ** Math.min(attempt, 4)));
      let res: Response;
      try {
        res = await fetch(`${this.baseUrl()}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json', 'idempotency-key': key },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(15_000),
        });
      } catch (err) {
        last = (err as Error).message;
        continue; // the gateway is down or restarting
      }
      const answer = (await res.json().catch(() => null)) as T;
      const code = (answer as { code?: string } | null)?.code;
      last = `${res.status} ${code ?? ''}`;
      if (RETRY_STATUSES.has(res.status) || code === 'IDEMPOTENCY_KEY_IN_USE') continue;
      // A refusal changed nothing, and the gateway keeps it as the key's answer: "not yet" is
      // asked again under a new key.
      if (code !== undefined && opts.retryWhile?.includes(code)) {
        key = randomUUID();
        continue;
      }
      return { status: res.status, body: answer, code };
    }
    throw new Unanswered(`POST ${path}: no final answer in ${this.budgetMs / 1000} s (last: ${last})`);
  }
}

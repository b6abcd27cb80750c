import { Type } from '@sinclair/typebox';
import { LRUCache } from 'lru-cache';
import { Id, Nip, OpdCode, Year, type RpcResponse } from '@asn/contracts';
import { AppError, type HttpApp } from '@asn/service-kit';
import { clean } from '../../grpc/upstreams';
import { assertOwnOpd, type Principal } from '../auth';
import { assertMayAsk, assertVisible, principalOf, whileVisible, type GatewayContext } from '../context';
import { clientStream } from '../../events/metric-stream';

const YearQuery = Type.Object({ year: Type.Optional(Year) });
// Without page or pageSize the whole plan (spec 6.2); with either, one page of its entries. No
// defaults here: the whole plan stays what a plain request gets.
const PlanQuery = Type.Object({
  year: Type.Optional(Year),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, description: 'a page of the entries (1-based); omit both page and pageSize for the whole plan' })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'entries per page (20 when only page is given)' })),
});
const tags = ['metrics'];

/** Program metrics: proto3 optional averages come back absent when there is nothing to average. */
const PROGRAM_AVERAGES = ['averageRelevance', 'averageSatisfaction', 'averageLearningGain', 'averageBehaviorScore', 'lastRevisedOn', 'averageRelevanceSinceRevision'] as const satisfies readonly (keyof ProgramMetrics)[];
type ProgramMetrics = RpcResponse<'analytics', 'GetProgramMetrics'>;
const withNulls = (m: ProgramMetrics) => ({ ...m, ...Object.fromEntries(PROGRAM_AVERAGES.map((k) => [k, m[k] ?? null])) });

/** Needs plans and pages of them held serialised by the gateway (see the route), the least recently read leaving first. */
const PLANS_HELD = { max: 512, bytes: 32 * 2 ** 20 };

/** Whether an If-None-Match header names this entity tag (or any, `*`); weak tags compare equal. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

export function metricsRoutes(app: HttpApp, ctx: GatewayContext): void {
  const analytics = ctx.up.analytics;

  app.get(
    '/v1/metrics/employees/:nip',
    { config: { roles: ['admin', 'agency', 'analyst', 'employee'] }, schema: { tags, summary: 'JP, competency gaps and IP ASN of an employee', params: Type.Object({ nip: Nip }), querystring: YearQuery } },
    async (req) => {
      const read = () => analytics.rpc.GetEmployeeMetrics({ nip: req.params.nip, year: req.query.year ?? 0 });
      return clean(await whileVisible(ctx, principalOf(req), req.params.nip, read));
    },
  );

  app.get('/v1/metrics/opd', { config: { roles: ['admin', 'analyst'] }, schema: { tags, summary: 'Every OPD\'s metrics of a year, side by side (the city overview)', querystring: YearQuery } }, async (req) =>
    clean(await analytics.rpc.ListOpdMetrics({ year: req.query.year ?? 0 })),
  );
  app.get('/v1/metrics/opd/:opd/employees', { config: { roles: ['admin', 'agency', 'analyst'] }, schema: { tags, summary: 'JP, gaps and IP ASN of every active member of an OPD in a year, by name', params: Type.Object({ opd: OpdCode }), querystring: YearQuery } }, async (req) => {
    assertOwnOpd(principalOf(req), req.params.opd);
    return clean(await analytics.rpc.ListEmployeeMetrics({ opd: req.params.opd, year: req.query.year ?? 0 }));
  });
  app.get('/v1/metrics/opd/:opd', { config: { roles: ['admin', 'agency', 'analyst'] }, schema: { tags, summary: 'Metrics of an OPD', params: Type.Object({ opd: OpdCode }), querystring: YearQuery } }, async (req) => {
    assertOwnOpd(principalOf(req), req.params.opd);
    return clean(await analytics.rpc.GetOpdMetrics({ opd: req.params.opd, year: req.query.year ?? 0 }));
  });

  // Programme effectiveness holds no one's personal data: agencies see it on their dashboard too (issue #16).
  app.get('/v1/metrics/programs', { config: { roles: ['admin', 'agency', 'analyst'] }, schema: { tags, summary: 'Every programme\'s effectiveness of a year (Kirkpatrick L1–L3), flagged ones included', querystring: YearQuery } }, async (req) =>
    clean(await analytics.rpc.ListProgramMetrics({ year: req.query.year ?? 0 })),
  );
  app.get('/v1/metrics/programs/:id', { config: { roles: ['admin', 'analyst'] }, schema: { tags, summary: 'Programme effectiveness (Kirkpatrick L1–L3)', params: Type.Object({ id: Id }), querystring: YearQuery } }, async (req) =>
    withNulls(clean(await analytics.rpc.GetProgramMetrics({ programId: req.params.id, year: req.query.year ?? 0 }))),
  );

  // The plans (and pages) last sent, as JSON bytes, by the draft they are: the largest OPD's plan is
  // about 1 MB, and decoding, cleaning and serialising it for every reader bounded the route (issue
  // #13). Each read still asks analytics, which answers `unchanged` while the draft held is current.
  const plans = new LRUCache<string, { draft: string; body: Buffer }>({ max: PLANS_HELD.max, maxSize: PLANS_HELD.bytes, sizeCalculation: (held) => held.body.length || 1 });
  app.get(
    '/v1/plans/opd/:opd',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        tags: ['plans'],
        summary: 'Needs plan draft (AKPK) for a year',
        description: 'The whole plan, or with `page`/`pageSize` one page of its entries (in the plan\'s order, by name); `total` and `jpMissingTotal` are of the whole plan either way.',
        params: Type.Object({ opd: OpdCode }),
        querystring: PlanQuery,
      },
    },
    async (req, reply) => {
      assertOwnOpd(principalOf(req), req.params.opd);
      const paged = req.query.page !== undefined || req.query.pageSize !== undefined;
      const page = paged ? { page: req.query.page ?? 1, pageSize: req.query.pageSize ?? 20 } : undefined;
      const key = `${req.params.opd}:${req.query.year ?? 0}${page ? `:${page.page}:${page.pageSize}` : ''}`;
      const held = plans.get(key);
      const plan = await analytics.rpc.GetNeedsPlan({ opd: req.params.opd, year: req.query.year ?? 0, ...(page ? { page } : {}), ...(held ? { ifDraft: held.draft } : {}) });
      let body = plan.unchanged && held?.draft === plan.draft ? held.body : undefined;
      if (body === undefined) {
        const { draft: _draft, unchanged: _unchanged, entries, ...rest } = plan;
        body = Buffer.from(JSON.stringify({ ...clean(rest), entries: clean(entries ?? []) })); // bytes: not encoded again per reader
        plans.set(key, { draft: plan.draft, body });
      }
      // The draft is the plan's version (and of each of its pages): a client holding it may ask again with If-None-Match.
      const etag = page ? `"${plan.draft}.${page.page}.${page.pageSize}"` : `"${plan.draft}"`;
      reply.header('etag', etag);
      if (matchesEtag(req.headers['if-none-match'], etag)) return reply.code(304).send();
      return reply.type('application/json; charset=utf-8').send(body);
    },
  );

  app.get('/v1/metrics/stream', { config: { roles: ['admin', 'analyst'] }, schema: { tags, summary: 'Live metric events (Server-Sent Events)', produces: ['text/event-stream'] } }, async (req, reply) => {
    const p = principalOf(req);
    const release = ctx.stream.admit(p.sub, { perSubject: ctx.config.SSE_MAX_CLIENTS_PER_SUBJECT, total: ctx.config.SSE_MAX_CLIENTS });
    if (!release) {
      reply.header('retry-after', '30');
      throw new AppError('STREAM_LIMIT', 429, `Too many live streams open (at most ${ctx.config.SSE_MAX_CLIENTS_PER_SUBJECT} per user); close one and try again`);
    }
    const abort = new AbortController();
    req.raw.on('close', () => {
      abort.abort();
      release();
    });
    reply.header('x-accel-buffering', 'no');
    reply.sse(clientStream(ctx.stream, { heartbeatMs: ctx.config.SSE_HEARTBEAT_MS, maxQueued: ctx.config.SSE_MAX_QUEUED, ...(p.expiresAt ? { expiresAt: p.expiresAt } : {}) }, abort.signal));
  });

  app.get(
    '/v1/employees/:nip/profile',
    { config: { roles: ['admin', 'agency', 'analyst', 'employee'] }, schema: { tags: ['employees'], summary: 'Composed 360° profile', params: Type.Object({ nip: Nip }) } },
    async (req) => composeProfile(ctx, principalOf(req), req.params.nip),
  );
}

/**
 * The 360° profile: every part asked in parallel, each with its own deadline. A part whose service
 * is slow or down is null and named in `degraded`; the answer comes anyway.
 */
async function composeProfile(ctx: GatewayContext, p: Principal, nip: string) {
  const deadlineMs = ctx.config.COMPOSE_DEADLINE_MS;
  const degraded: string[] = [];
  const part = async <T>(name: string, call: () => Promise<T>): Promise<T | null> => {
    try {
      return clean(await call());
    } catch (err) {
      if (err instanceof AppError && err.status < 500) return null; // e.g. no metrics yet: nothing to show, nothing broken
      degraded.push(name);
      return null;
    }
  };
  // Every part at once. When the token's scope depends on the employee (agency, employee) the
  // personnel part is also the visibility check, and its verdict is awaited before anything is
  // returned; the other parts never fail (part() catches), so nothing is left unhandled.
  assertMayAsk(p, nip);
  const scoped = p.role === 'agency' || p.role === 'employee';
  const employeeCall = ctx.up.personnel.rpc.GetEmployee({ nip }, scoped ? {} : { deadlineMs });
  const others = Promise.all([
    // City programmes and the employee's own learning (issue #15) come from the same service: one part.
    part('learning', () =>
      Promise.all([
        ctx.up.learning.rpc.GetLearningHistory({ nip }, { deadlineMs }).then((h) => h.items),
        ctx.up.learning.rpc.ListExternalLearning({ nip, page: { page: 1, pageSize: 100 } }, { deadlineMs }).then((r) => r.items),
      ]),
    ),
    part('partnerships', () => ctx.up.partnerships.rpc.ListPlacements({ nip }, { deadlineMs }).then((r) => r.items)),
    part('innovation', () => ctx.up.innovation.rpc.ListIdeas({ proposerNip: nip, page: { page: 1, pageSize: 100 } }, { deadlineMs }).then((r) => r.items)),
    part('evaluation', () => ctx.up.evaluation.rpc.GetEmployeeEvaluations({ nip }, { deadlineMs })),
    part('analytics', () => ctx.up.analytics.rpc.GetEmployeeMetrics({ nip, year: 0 }, { deadlineMs })),
  ]);
  const emp = scoped ? assertVisible(p, nip, clean(await employeeCall)) : await part('personnel', () => employeeCall);
  const [learningParts, placements, ideas, evaluations, metrics] = await others;
  if (!emp && !degraded.includes('personnel')) throw new AppError('EMPLOYEE_NOT_FOUND', 404, `No employee with NIP ${nip}`);
  const [learning, externalLearning] = learningParts ?? [null, null];
  return { employee: emp, learning, externalLearning, placements, ideas, evaluations, metrics, degraded };
}

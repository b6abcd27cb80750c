import { Type } from '@sinclair/typebox';
import { Id, InnovationApi, type RpcResponse } from '@asn/contracts';
import type { HttpApp } from '@asn/service-kit';
import { clean, pageRequest } from '../../grpc/upstreams';
import { assertOwnOpd, forbidden } from '../auth';
import { principalOf, visibleEmployee, type GatewayContext } from '../context';

const IdParams = Type.Object({ id: Id });
const tags = ['ideas'];
const ALL = ['admin', 'agency', 'analyst', 'employee'] as const;
/** Analysts read; they never write (issue #14). */
const WRITERS = ['admin', 'agency', 'employee'] as const;
/** What an employee sees of someone else's launched initiative: the initiative, not the people. */
const PUBLIC_IDEA_FIELDS = ['id', 'title', 'problem', 'proposal', 'category', 'opd', 'status', 'citizensReached', 'submittedOn', 'launchedOn'] as const satisfies readonly (keyof Idea)[];
type Idea = RpcResponse<'innovation', 'GetIdea'>;
const publicIdea = (idea: Partial<Idea>) => Object.fromEntries(PUBLIC_IDEA_FIELDS.filter((k) => idea[k] !== undefined).map((k) => [k, idea[k]]));

export function innovationRoutes(app: HttpApp, ctx: GatewayContext): void {
  const innovation = ctx.up.innovation;

  app.post('/v1/ideas', { config: { roles: WRITERS }, schema: { tags, summary: 'Submit an idea (an employee as themself)', body: InnovationApi.SubmitIdeaBody } }, async (req, reply) => {
    const p = principalOf(req);
    if (p.role === 'employee' && p.nip !== req.body.proposerNip) throw forbidden('An employee submits ideas as themself');
    if (p.role === 'agency') await visibleEmployee(ctx, p, req.body.proposerNip);
    return reply.status(201).send(clean(await innovation.rpc.SubmitIdea(req.body)));
  });

  app.get(
    '/v1/ideas',
    { config: { roles: ALL }, schema: { tags, summary: 'List ideas (an agency: its OPD\'s; an employee: their own, or launched initiatives without personal data)', querystring: InnovationApi.ListIdeasQuery } },
    async (req) => {
      const p = principalOf(req);
      const q = { ...req.query };
      if (p.role === 'agency') {
        assertOwnOpd(p, q.opd ?? p.opd);
        q.opd = p.opd;
      }
      // An employee lists their own ideas, or everyone's launched initiatives, shown without who
      // proposed or reviewed them (a NIP starts with a birth date).
      const publicOnly = p.role === 'employee' && q.proposerNip !== p.nip;
      if (publicOnly) {
        if (q.proposerNip) throw forbidden('An employee lists their own ideas only (or launched initiatives)');
        if (q.status && q.status !== 'launched') throw forbidden('An employee sees other people\'s ideas once they are launched initiatives');
        q.status = 'launched';
      }
      const page = clean(
        await innovation.rpc.ListIdeas({ status: q.status ?? '', opd: q.opd ?? '', category: q.category ?? '', proposerNip: q.proposerNip ?? '', page: pageRequest(q) }),
      );
      return publicOnly ? { ...page, items: page.items.map((i) => publicIdea(i)) } : page;
    },
  );

  /** The idea, if an agency token may act on it (its own OPD's). */
  const ownIdea = async (p: ReturnType<typeof principalOf>, id: string) => {
    const idea = clean(await innovation.rpc.GetIdea({ id }));
    if (p.role === 'agency' && idea.opd !== p.opd) throw forbidden(`Idea ${id} belongs to another OPD`);
    return idea;
  };

  app.post('/v1/ideas/:id/transitions', { config: { roles: ['admin', 'agency'], successStatus: 200 }, schema: { tags, summary: 'Move an idea along its lifecycle (409 if not allowed)', params: IdParams, body: InnovationApi.TransitionBody } }, async (req) => {
    const p = principalOf(req);
    await ownIdea(p, req.params.id);
    return clean(await innovation.rpc.TransitionIdea({ id: req.params.id, to: req.body.to, note: req.body.note ?? '', by: p.sub }));
  });

  app.post('/v1/ideas/:id/participation', { config: { roles: ['admin', 'agency'] }, schema: { tags, summary: 'Record citizen participation in a launched initiative', params: IdParams, body: InnovationApi.ParticipationBody } }, async (req, reply) => {
    await ownIdea(principalOf(req), req.params.id);
    return reply.status(201).send(clean(await innovation.rpc.RecordParticipation({ ideaId: req.params.id, ...req.body })));
  });

  app.post('/v1/ideas/:id/impact', { config: { roles: ['admin', 'agency'] }, schema: { tags, summary: 'Report an impact indicator of an initiative', params: IdParams, body: InnovationApi.ImpactBody } }, async (req, reply) => {
    await ownIdea(principalOf(req), req.params.id);
    return reply.status(201).send(clean(await innovation.rpc.ReportImpact({ ideaId: req.params.id, ...req.body })));
  });

}

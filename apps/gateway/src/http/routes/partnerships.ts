import { Type } from '@sinclair/typebox';
import { Id, PartnershipsApi } from '@asn/contracts';
import type { HttpApp } from '@asn/service-kit';
import { clean, pageRequest } from '../../grpc/upstreams';
import type { GatewayContext } from '../context';

const IdParams = Type.Object({ id: Id });
const tags = ['partnerships'];

export function partnershipsRoutes(app: HttpApp, ctx: GatewayContext): void {
  const partnerships = ctx.up.partnerships;
  const admin = { roles: ['admin'] as const };

  app.post('/v1/partners', { config: admin, schema: { tags, summary: 'Register a partner institution', body: PartnershipsApi.RegisterPartnerBody } }, async (req, reply) =>
    reply.status(201).send(clean(await partnerships.rpc.RegisterPartner(req.body))),
  );

  app.get('/v1/partners', { config: admin, schema: { tags, summary: 'List partners', querystring: PartnershipsApi.ListPartnersQuery } }, async (req) => {
    const page = await partnerships.rpc.ListPartners({ kind: req.query.kind ?? '', page: pageRequest(req.query) });
    return clean(page);
  });

  app.post('/v1/partners/:id/agreements', { config: admin, schema: { tags, summary: 'Sign an agreement (MoU/PKS)', params: IdParams, body: PartnershipsApi.SignAgreementBody } }, async (req, reply) =>
    reply.status(201).send(clean(await partnerships.rpc.SignAgreement({ partnerId: req.params.id, ...req.body }))),
  );

  app.get('/v1/agreements', { config: admin, schema: { tags, summary: 'List agreements with their status', querystring: PartnershipsApi.ListAgreementsQuery } }, async (req) => {
    const page = await partnerships.rpc.ListAgreements({ partnerId: req.query.partnerId ?? '', status: req.query.status ?? '', page: pageRequest(req.query) });
    return clean(page);
  });

  app.post('/v1/agreements/:id/placements', { config: admin, schema: { tags, summary: 'Place an employee (internship, degree, short course)', params: IdParams, body: PartnershipsApi.StartPlacementBody } }, async (req, reply) =>
    reply.status(201).send(clean(await partnerships.rpc.StartPlacement({ agreementId: req.params.id, ...req.body }))),
  );

  app.post('/v1/placements/:id/completion', { config: admin, schema: { tags, summary: 'Complete a placement (credits its JP)', params: IdParams, body: PartnershipsApi.CompletePlacementBody } }, async (req, reply) =>
    reply.status(201).send(clean(await partnerships.rpc.CompletePlacement({ placementId: req.params.id, ...req.body }))),
  );
}

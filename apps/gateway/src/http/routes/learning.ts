import { Type } from '@sinclair/typebox';
import { certificateNumberOfCode, Id, LearningApi } from '@asn/contracts';
import type { HttpApp } from '@asn/service-kit';
import { clean, pageRequest } from '../../grpc/upstreams';
import { actOnEmployee, principalOf, visibleEmployee, type GatewayContext } from '../context';

const IdParams = Type.Object({ id: Id });
const ALL = ['admin', 'agency', 'analyst', 'employee'] as const;

export function learningRoutes(app: HttpApp, ctx: GatewayContext): void {
  const learning = ctx.up.learning;

  app.post('/v1/programs', { config: { roles: ['admin'] }, schema: { tags: ['programs'], summary: 'Publish a training programme', body: LearningApi.PublishProgramBody } }, async (req, reply) =>
    reply.status(201).send(clean(await learning.rpc.PublishProgram(req.body))),
  );

  app.get('/v1/programs', { config: { roles: ALL }, schema: { tags: ['programs'], summary: 'List programmes', querystring: LearningApi.ListProgramsQuery } }, async (req) => {
    const page = await learning.rpc.ListPrograms({
      category: req.query.category ?? '',
      q: req.query.q ?? '',
      page: pageRequest(req.query),
    });
    return clean(page);
  });

  app.get('/v1/programs/:id', { config: { roles: ALL }, schema: { tags: ['programs'], summary: 'One programme', params: IdParams } }, async (req) => clean(await learning.rpc.GetProgram({ id: req.params.id })));

  app.post(
    '/v1/programs/:id/revisions',
    { config: { roles: ['admin'] }, schema: { tags: ['programs'], summary: 'Record that a programme was revised (spec 8.6): its feedback is counted afresh and it is recommended again', params: IdParams, body: LearningApi.ReviseProgramBody } },
    async (req, reply) => reply.status(201).send(clean(await learning.rpc.ReviseProgram({ programId: req.params.id, ...req.body }))),
  );

  app.post('/v1/programs/:id/sessions', { config: { roles: ['admin'] }, schema: { tags: ['programs'], summary: 'Schedule a session', params: IdParams, body: LearningApi.ScheduleSessionBody } }, async (req, reply) =>
    reply.status(201).send(clean(await learning.rpc.ScheduleSession({ programId: req.params.id, ...req.body }))),
  );

  // Read by every role, like the catalogue: agencies find a session to enrol their staff in (issue #15).
  app.get('/v1/programs/:id/sessions', { config: { roles: ALL }, schema: { tags: ['programs'], summary: 'Sessions of a programme, by start date, with seats left', params: IdParams, querystring: LearningApi.ListSessionsQuery } }, async (req) => {
    const page = await learning.rpc.ListSessions({
      programId: req.params.id,
      page: pageRequest(req.query),
    });
    return clean(page);
  });

  app.post(
    '/v1/sessions/:id/enrollments',
    { config: { roles: ['admin', 'agency'] }, schema: { tags: ['enrollments'], summary: 'Enrol an employee (409 when full or already enrolled)', params: IdParams, body: LearningApi.EnrollBody } },
    async (req, reply) => {
      return reply.status(201).send(clean(await actOnEmployee(ctx, principalOf(req), req.body.nip, () => learning.rpc.Enroll({ sessionId: req.params.id, nip: req.body.nip }))));
    },
  );

  app.get(
    '/v1/sessions/:id/enrollments',
    { config: { roles: ['admin', 'agency'] }, schema: { tags: ['enrollments'], summary: 'A session\'s enrolments, by NIP (an agency sees its own OPD\'s)', params: IdParams } },
    async (req) => {
      const p = principalOf(req);
      return clean(await learning.rpc.ListEnrollments({ sessionId: req.params.id, ...(p.role === 'agency' ? { opd: p.opd! } : {}) }));
    },
  );

  app.post(
    '/v1/enrollments/:id/completion',
    { config: { roles: ['admin'] }, schema: { tags: ['enrollments'], summary: 'Record a completion (issues a certificate when passed)', params: IdParams, body: LearningApi.CompleteEnrollmentBody } },
    async (req, reply) => reply.status(201).send(clean(await learning.rpc.CompleteEnrollment({ enrollmentId: req.params.id, ...req.body }))),
  );

  app.get(
    '/v1/certificates/:id.pdf',
    { config: { roles: ALL }, schema: { tags: ['certificates'], summary: 'A certificate as PDF', params: IdParams, produces: ['application/pdf'] } },
    async (req, reply) => {
      const p = principalOf(req);
      // An employee fetches only their own certificates, an agency only its OPD's: decided from the
      // holder before the certificate is rendered.
      if (p.role === 'employee' || p.role === 'agency') {
        const holder = await learning.rpc.GetCertificateHolder({ certificateId: req.params.id });
        await visibleEmployee(ctx, p, holder.nip);
      }
      const cert = await learning.rpc.GetCertificatePdf({ certificateId: req.params.id });
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${cert.number.replace(/\//g, '-')}.pdf"`)
        .send(cert.pdf);
    },
  );

  // The page behind a certificate's QR code (spec 8.10): anyone may check a certificate, without a
  // token, and sees only the programme, JP, dates and the masked holder. The number travels with
  // `-` for `/` (SLTG-2026-000123).
  app.get(
    '/v1/certificates/verify/:code',
    {
      config: { publicApi: true },
      schema: {
        tags: ['certificates'],
        summary: 'Check a certificate by its number (public; the holder masked)',
        security: [],
        params: Type.Object({ code: Type.String({ maxLength: 40 }) }),
        response: {
          200: Type.Object({ number: Type.String(), programTitle: Type.String(), programCode: Type.String(), jp: Type.Integer(), completedOn: Type.String(), issuedOn: Type.String(), holderName: Type.String(), holderNip: Type.String() }),
        },
      },
    },
    async (req) => clean(await learning.rpc.GetCertificateVerification({ number: certificateNumberOfCode(req.params.code) })),
  );
}

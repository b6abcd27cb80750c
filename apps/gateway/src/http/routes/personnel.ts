import { Type } from '@sinclair/typebox';
import { Nip, PersonnelApi } from '@asn/contracts';
import { validationFailed, type HttpApp } from '@asn/service-kit';
import { clean, pageRequest } from '../../grpc/upstreams';
import { assertOwnOpd, forbidden, listedOpd } from '../auth';
import { actOnEmployee, principalOf, visibleEmployee, type GatewayContext } from '../context';

const NipParams = Type.Object({ nip: Nip });
const tags = ['employees'];

export function personnelRoutes(app: HttpApp, ctx: GatewayContext): void {
  const personnel = ctx.up.personnel;

  app.post('/v1/employees', { config: { roles: ['admin', 'agency'] }, schema: { tags, summary: 'Register an employee', body: PersonnelApi.RegisterEmployeeBody } }, async (req, reply) => {
    assertOwnOpd(principalOf(req), req.body.opd);
    return reply.status(201).send(clean(await personnel.rpc.RegisterEmployee(req.body)));
  });

  app.get('/v1/employees', { config: { roles: ['admin', 'agency', 'analyst'] }, schema: { tags, summary: 'List employees', querystring: PersonnelApi.ListEmployeesQuery } }, async (req) => {
    const p = principalOf(req);
    const opd = listedOpd(p, req.query.opd);
    const page = await personnel.rpc.ListEmployees({
      opd: opd ?? '',
      q: req.query.q ?? '',
      status: req.query.status ?? '',
      page: pageRequest(req.query),
    });
    return clean(page);
  });

  app.get('/v1/employees/:nip', { config: { roles: ['admin', 'agency', 'analyst', 'employee'] }, schema: { tags, summary: 'One employee', params: NipParams } }, async (req) =>
    visibleEmployee(ctx, principalOf(req), req.params.nip),
  );

  app.patch(
    '/v1/employees/:nip',
    { config: { roles: ['admin', 'agency'] }, schema: { tags, summary: 'Change position, grade, education; transfer (admin); retire', params: NipParams, body: PersonnelApi.UpdateEmployeeBody } },
    async (req) => {
      const p = principalOf(req);
      const current = await visibleEmployee(ctx, p, req.params.nip);
      const { opd, effectiveOn, status, retiredOn, ...changes } = req.body;
      // A date without what it dates would be dropped silently: refused before anything is written.
      if (effectiveOn !== undefined && (opd === undefined || opd === current.opd)) throw validationFailed([{ path: 'body/effectiveOn', message: 'dates a transfer: give the new opd with it' }]);
      if (retiredOn !== undefined && status !== 'retired') throw validationFailed([{ path: 'body/retiredOn', message: 'dates a retirement: give status "retired" with it' }]);
      if (opd !== undefined && opd !== current.opd && p.role !== 'admin') throw forbidden('Only BKPSDM (admin) transfers an employee to another OPD');
      // One call, one write: the changes, the transfer and the retirement land together or not at all.
      return clean(await personnel.rpc.UpdateEmployee({ nip: req.params.nip, ...changes, ...(opd !== undefined && opd !== current.opd ? { opd, effectiveOn } : {}), ...(status === 'retired' ? { status, retiredOn } : {}) }));
    },
  );

  app.put(
    '/v1/positions/:code/standard',
    { config: { roles: ['admin'] }, schema: { tags: ['positions'], summary: "Set a position's competency standard", params: Type.Object({ code: PersonnelApi.PositionCode }), body: PersonnelApi.SetPositionStandardBody } },
    async (req) => clean(await personnel.rpc.SetPositionStandard({ positionCode: req.params.code, competencies: req.body.competencies })),
  );

  app.post(
    '/v1/employees/:nip/assessments',
    { config: { roles: ['admin', 'agency'] }, schema: { tags, summary: 'Record a competency assessment', params: NipParams, body: PersonnelApi.RecordAssessmentBody } },
    async (req, reply) => {
      return reply.status(201).send(clean(await actOnEmployee(ctx, principalOf(req), req.params.nip, () => personnel.rpc.RecordAssessment({ nip: req.params.nip, ...req.body }))));
    },
  );
}

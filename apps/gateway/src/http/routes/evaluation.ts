import { EvaluationApi } from '@asn/contracts';
import type { HttpApp } from '@asn/service-kit';
import { clean, pageRequest } from '../../grpc/upstreams';
import { forbidden, listedOpd } from '../auth';
import { actOnEmployee, principalOf, type GatewayContext } from '../context';

const tags = ['evaluation'];

export function evaluationRoutes(app: HttpApp, ctx: GatewayContext): void {
  const evaluation = ctx.up.evaluation;

  app.post('/v1/feedback', { config: { roles: ['admin', 'employee'] }, schema: { tags, summary: 'Training feedback (Kirkpatrick level 1)', body: EvaluationApi.FeedbackBody } }, async (req, reply) => {
    const p = principalOf(req);
    if (p.role === 'employee' && p.nip !== req.body.nip) throw forbidden('An employee gives feedback as themself');
    return reply.status(201).send(clean(await evaluation.rpc.SubmitFeedback(req.body)));
  });

  app.post('/v1/behavior-assessments', { config: { roles: ['admin', 'agency'] }, schema: { tags, summary: 'Behaviour assessment on the job (level 3)', body: EvaluationApi.BehaviorAssessmentBody } }, async (req, reply) => {
    return reply.status(201).send(clean(await actOnEmployee(ctx, principalOf(req), req.body.nip, () => evaluation.rpc.RecordBehaviorAssessment(req.body))));
  });

  app.post('/v1/appraisals', { config: { roles: ['admin', 'agency'] }, schema: { tags, summary: 'Yearly performance appraisal (SKP)', body: EvaluationApi.AppraisalBody } }, async (req, reply) => {
    return reply.status(201).send(clean(await actOnEmployee(ctx, principalOf(req), req.body.nip, () => evaluation.rpc.RecordAppraisal(req.body))));
  });

  app.post('/v1/discipline-records', { config: { roles: ['admin', 'agency'] }, schema: { tags, summary: 'A discipline decision', body: EvaluationApi.DisciplineBody } }, async (req, reply) => {
    return reply.status(201).send(clean(await actOnEmployee(ctx, principalOf(req), req.body.nip, () => evaluation.rpc.RecordDiscipline(req.body))));
  });

  app.get('/v1/behavior-assessments/due', { config: { roles: ['admin', 'agency'] }, schema: { tags, summary: 'Behaviour follow-ups due and overdue (with ?include=upcoming, also those not yet due)', querystring: EvaluationApi.DueQuery } }, async (req) => {
    const p = principalOf(req);
    const opd = listedOpd(p, req.query.opd);
    const due = await evaluation.rpc.ListDueBehaviorAssessments({
      opd: opd ?? '',
      asOf: req.query.asOf ?? '',
      include: req.query.include ?? '',
      page: pageRequest(req.query),
    });
    return clean(due);
  });
}

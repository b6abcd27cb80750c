import { givenFields, pageOf, type ServiceHandlers } from '@asn/service-kit';
import type { InnovationDomain } from '../domain/innovation';

/** gRPC (innovation.proto) → domain. */
export function innovationHandlers(domain: InnovationDomain): ServiceHandlers<'innovation'> {
  return {
    SubmitIdea: (req) => domain.submit(givenFields({ title: req.title, problem: req.problem, proposal: req.proposal, category: req.category, proposerNip: req.proposerNip })),
    GetIdea: (req) => domain.get(req.id),
    ListIdeas: (req) => domain.list({ ...givenFields({ status: req.status, opd: req.opd, category: req.category, proposerNip: req.proposerNip }), ...pageOf(req.page) }),
    TransitionIdea: (req) => domain.transition(req.id, givenFields({ to: req.to, note: req.note }), req.by || undefined),
    RecordParticipation: (req) => domain.recordParticipation(req.ideaId, givenFields({ citizens: req.citizens, activity: req.activity, on: req.on })),
    ReportImpact: (req) => domain.reportImpact(req.ideaId, givenFields({ indicator: req.indicator, value: req.value, unit: req.unit, on: req.on })),
  };
}

import { givenFields, pageOf, type ServiceHandlers } from '@asn/service-kit';
import type { EvaluationDomain } from '../domain/evaluation';

/** gRPC (evaluation.proto) → domain. */
export function evaluationHandlers(domain: EvaluationDomain): ServiceHandlers<'evaluation'> {
  return {
    SubmitFeedback: (req) => domain.submitFeedback(givenFields({ nip: req.nip, sessionId: req.sessionId, relevance: req.relevance, satisfaction: req.satisfaction, comment: req.comment })),
    RecordBehaviorAssessment: (req) => domain.recordBehaviorAssessment(givenFields({ nip: req.nip, programId: req.programId, assessorNip: req.assessorNip, score: req.score })),
    ListDueBehaviorAssessments: (req) => domain.due({ ...givenFields({ opd: req.opd, asOf: req.asOf, include: req.include }), ...pageOf(req.page) }),
    RecordAppraisal: (req) => domain.recordAppraisal(givenFields({ nip: req.nip, year: req.year, rating: req.rating })),
    RecordDiscipline: (req) => domain.recordDiscipline(givenFields({ nip: req.nip, level: req.level, decidedOn: req.decidedOn })),
    GetEmployeeEvaluations: (req) => domain.employeeEvaluations(req.nip),
  };
}

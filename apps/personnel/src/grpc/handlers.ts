import { givenFields, pageOf, type ServiceHandlers } from '@asn/service-kit';
import type { PersonnelDomain } from '../domain/personnel';

/** gRPC (personnel.proto) → domain. Validation and rules live in the domain. */
export function personnelHandlers(domain: PersonnelDomain): ServiceHandlers<'personnel'> {
  return {
    RegisterEmployee: (req) => {
      const { startsOn, ...rest } = req as { startsOn?: string };
      return domain.register({ ...rest, ...givenFields({ startsOn }) });
    },
    GetEmployee: (req) => domain.get(req.nip),
    ListEmployees: (req) => domain.list({ ...givenFields({ opd: req.opd, q: req.q, status: req.status }), ...pageOf(req.page) }),
    UpdateEmployee: (req) => {
      const position = req.position && (req.position.code || req.position.title || req.position.kind) ? req.position : undefined;
      return domain.update(req.nip, {
        ...givenFields({ name: req.name, grade: req.grade, education: req.education, opd: req.opd, effectiveOn: req.effectiveOn, status: req.status, retiredOn: req.retiredOn }),
        ...(position ? { position } : {}),
      });
    },
    TransferEmployee: (req) => domain.transfer(req.nip, req.toOpd, req.effectiveOn || undefined),
    RetireEmployee: (req) => domain.retire(req.nip, req.retiredOn || undefined),
    SetPositionStandard: (req) => domain.setPositionStandard(req.positionCode, { competencies: req.competencies }),
    GetPositionStandard: (req) => domain.getPositionStandard(req.positionCode),
    RecordAssessment: (req) => domain.recordAssessment(req.nip, givenFields({ code: req.code, type: req.type, level: req.level, assessedOn: req.assessedOn, method: req.method })),
    ListAssessments: async (req) => ({ items: await domain.listAssessments(req.nip) }),
  };
}

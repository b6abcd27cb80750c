import type { UnaryHandler } from '@asn/service-kit';
import type { PersonnelDomain } from '../domain/personnel';

/** proto3 has no "absent" for strings: an empty string means the field was not given. */
const given = <T extends Record<string, unknown>>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== null && v !== undefined)) as Partial<T>;

const page = (p?: { page?: number; pageSize?: number } | null) => given({ page: p?.page || undefined, pageSize: p?.pageSize || undefined });

/** gRPC (personnel.proto) → domain. Validation and rules live in the domain. */
export function personnelHandlers(domain: PersonnelDomain): Record<string, UnaryHandler> {
  return {
    RegisterEmployee: (req) => domain.register(req),
    GetEmployee: (req) => domain.get(req.nip),
    ListEmployees: (req) => domain.list({ ...given({ opd: req.opd, q: req.q, status: req.status }), ...page(req.page) }),
    UpdateEmployee: (req) => {
      const position = req.position && (req.position.code || req.position.title || req.position.kind) ? req.position : undefined;
      return domain.update(req.nip, { ...given({ name: req.name, grade: req.grade, education: req.education }), ...(position ? { position } : {}) });
    },
    TransferEmployee: (req) => domain.transfer(req.nip, req.toOpd),
    RetireEmployee: (req) => domain.retire(req.nip, req.retiredOn || undefined),
    SetPositionStandard: (req) => domain.setPositionStandard(req.positionCode, { competencies: req.competencies }),
    GetPositionStandard: (req) => domain.getPositionStandard(req.positionCode),
    RecordAssessment: (req) => domain.recordAssessment(req.nip, given({ code: req.code, type: req.type, level: req.level, assessedOn: req.assessedOn, method: req.method })),
    ListAssessments: async (req) => ({ items: await domain.listAssessments(req.nip) }),
  };
}

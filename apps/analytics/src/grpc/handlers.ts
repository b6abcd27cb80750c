import { nullsAbsent, type ServiceHandlers } from '@asn/service-kit';
import type { AnalyticsDomain } from '../domain/analytics';

/** gRPC (analytics.proto) → queries. */
export function analyticsHandlers(domain: AnalyticsDomain): ServiceHandlers<'analytics'> {
  return {
    GetEmployeeMetrics: (req) => domain.employee(req.nip, req.year || undefined),
    GetOpdMetrics: (req) => domain.opd(req.opd, req.year || undefined),
    ListOpdMetrics: (req) => domain.opds(req.year || undefined),
    ListEmployeeMetrics: (req) => domain.opdEmployees(req.opd, req.year || undefined),
    ListProgramMetrics: async (req) => {
      const list = await domain.programYears(req.year || undefined);
      return { ...list, items: list.items.map((m) => nullsAbsent(m)) };
    },
    GetProgramMetrics: async (req) => nullsAbsent(await domain.program(req.programId, req.year || undefined)),
    GetNeedsPlan: async (req) => {
      const plan = await domain.needsPlan(req.opd, req.year || undefined);
      // The caller holds this very draft: say so instead of sending it again.
      if (req.ifDraft === plan.draft) return { opd: plan.opd, year: plan.year, basedOnYear: plan.basedOnYear, draft: plan.draft, unchanged: true, entries: [] };
      return { ...plan, unchanged: false };
    },
  };
}

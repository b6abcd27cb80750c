import { Type } from '@sinclair/typebox';
import { PageQuery } from '@asn/contracts';
import { assertValid, nullsAbsent, pageOf, type ServiceHandlers } from '@asn/service-kit';
import type { AnalyticsDomain } from '../domain/analytics';

const PlanPage = Type.Object(PageQuery);

/** A page of a needs plan asked for: 20 entries when only the page is given. */
function planPage(asked: { page?: number; pageSize?: number }): { page: number; pageSize: number } {
  const page = { page: 1, pageSize: 20, ...asked };
  assertValid(PlanPage, page);
  return page;
}

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
      const { entries, ...totals } = plan;
      const page = req.page ? planPage(pageOf(req.page)) : undefined;
      // The caller holds this very draft: say so instead of sending it again (a page is of its draft too).
      if (req.ifDraft === plan.draft) return { ...totals, ...page, unchanged: true, entries: [] };
      return { ...totals, ...page, unchanged: false, entries: page ? entries.slice((page.page - 1) * page.pageSize, page.page * page.pageSize) : entries };
    },
  };
}

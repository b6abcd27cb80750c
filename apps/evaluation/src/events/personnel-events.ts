import type { EventData } from '@asn/contracts';
import type { EventHandler } from '@asn/messaging';
import type { EvaluationDomain } from '../domain/evaluation';

/** What evaluation does with personnel's events besides its employee directory (spec 8.6). */
export const personnelEventHandlers = (domain: EvaluationDomain): Record<string, EventHandler> => ({
  'personnel.employee.transferred': (event) => domain.onEmployeeTransferred(event.data as EventData<'personnel.employee.transferred'>),
  'personnel.employee.retired': (event) => domain.onEmployeeRetired(event.data as EventData<'personnel.employee.retired'>),
});

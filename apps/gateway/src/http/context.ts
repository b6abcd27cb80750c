import type { Static } from '@sinclair/typebox';
import { AppError } from '@asn/service-kit';
import type { GatewayConfig } from '../config';
import type { MetricStream } from '../events/metric-stream';
import { clean, type Upstreams } from '../grpc/upstreams';
import { forbidden, type Principal } from './auth';

export interface GatewayContext {
  up: Upstreams;
  config: Static<typeof GatewayConfig>;
  stream: MetricStream;
}

export interface Employee {
  nip: string;
  name: string;
  opd: string;
  status: string;
  [k: string]: unknown;
}

/** The principal of an authenticated route (set by the auth hook). */
export const principalOf = (req: { principal?: Principal }): Principal => {
  if (!req.principal) throw new AppError('UNAUTHENTICATED', 401, 'A bearer token is required');
  return req.principal;
};

/**
 * The employee a request is about, if the token may see them: an agency only its own OPD's
 * (another OPD's employee is "not found", never data), an employee only themself.
 */
export async function visibleEmployee(ctx: GatewayContext, p: Principal, nip: string): Promise<Employee> {
  if (p.role === 'employee' && p.nip !== nip) throw forbidden('An employee token reads only its own data');
  const employee = clean(await ctx.up.personnel.call<Employee>('GetEmployee', { nip }));
  if (p.role === 'agency' && employee.opd !== p.opd) throw new AppError('EMPLOYEE_NOT_FOUND', 404, `No employee with NIP ${nip}`);
  return employee;
}

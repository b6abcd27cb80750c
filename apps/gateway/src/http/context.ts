import type { Static } from '@sinclair/typebox';
import type { RpcResponse } from '@asn/contracts';
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

export type Employee = RpcResponse<'personnel', 'GetEmployee'>;

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
  assertMayAsk(p, nip);
  return assertVisible(p, nip, clean(await ctx.up.personnel.rpc.GetEmployee({ nip })));
}

/** What the token alone decides (no lookup): an employee asks only about themself. */
export function assertMayAsk(p: Principal, nip: string): void {
  if (p.role === 'employee' && p.nip !== nip) throw forbidden('An employee token reads only its own data');
}

/** What the employee's current record decides: an agency sees only its own OPD's employees. */
export function assertVisible(p: Principal, nip: string, employee: Employee): Employee {
  if (p.role === 'agency' && employee.opd !== p.opd) throw new AppError('EMPLOYEE_NOT_FOUND', 404, `No employee with NIP ${nip}`);
  return employee;
}

/** Only an agency's access depends on the employee's record (its OPD); the token decides the rest. */
const needsRecord = (p: Principal) => p.role === 'agency';

/**
 * Runs a write about an employee once the token may act on them, asking personnel first only when
 * the answer depends on the employee's current OPD (an agency). Admins and analysts see every
 * employee and an employee only themself, so for them a lookup decides nothing on the way in; if
 * the service refuses the NIP as unknown to it, personnel says whether it is unknown altogether
 * (404) or not yet known there (the service's own answer).
 */
export async function actOnEmployee<T>(ctx: GatewayContext, p: Principal, nip: string, write: () => Promise<T>): Promise<T> {
  assertMayAsk(p, nip);
  if (needsRecord(p)) {
    await visibleEmployee(ctx, p, nip);
    return write();
  }
  try {
    return await write();
  } catch (err) {
    if (err instanceof AppError && err.code === 'EMPLOYEE_NOT_FOUND') await visibleEmployee(ctx, p, nip); // throws 404 when personnel has no such NIP
    throw err;
  }
}

/**
 * Reads something about an employee while checking, at the same time, that the token may see
 * them: one round trip instead of two in a row. The check's verdict wins: a refused request never
 * returns what was read. The check always asks personnel (the source of truth, never a cache), so
 * a transfer takes effect at once.
 */
export async function whileVisible<T>(ctx: GatewayContext, p: Principal, nip: string, read: () => Promise<T>): Promise<T> {
  assertMayAsk(p, nip);
  if (!needsRecord(p)) return read();
  const [check, result] = await Promise.allSettled([visibleEmployee(ctx, p, nip), read()]);
  if (check.status === 'rejected') throw check.reason;
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}

// What the resilience suite asserts after each fault, read from the outside: the gateway's reads,
// the consumer groups' committed offsets and the services' outboxes.
import { AssignerProtocol, type Admin } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { groupLag } from '@asn/messaging';
import type { GatewayClient } from './client';
import { CHAOS_OPDS, thisYear, type Fixture, type Ledger } from './load';

/** Events every consumer group of the namespace has not committed yet, per group. */
export async function consumerLag(admin: Admin, prefix: string): Promise<Map<string, number>> {
  const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter((id) => id.startsWith(prefix));
  const lags = new Map<string, number>();
  const described = groups.length ? (await admin.describeGroups(groups)).groups : [];
  for (const groupId of groups) {
    // A group's topics: those its members subscribe to, and those it committed offsets in.
    const topics = new Set<string>();
    for (const member of described.find((g) => g.groupId === groupId)?.members ?? []) {
      for (const t of AssignerProtocol.MemberMetadata.decode(member.memberMetadata)?.topics ?? []) topics.add(t);
    }
    for (const t of await admin.fetchOffsets({ groupId })) topics.add(t.topic);
    let lag = 0;
    if (topics.size) for (const n of (await groupLag(admin, groupId, [...topics])).values()) lag += n;
    lags.set(groupId, lag);
  }
  return lags;
}

/** Documents of the namespace's databases whose events wait in their outbox. */
export async function outboxBacklog(mongoUrl: string, dbPrefix: string): Promise<number> {
  const client = new MongoClient(mongoUrl, { serverSelectionTimeoutMS: 5_000 });
  try {
    await client.connect();
    const { databases } = await client.db().admin().listDatabases();
    let pending = 0;
    for (const { name } of databases.filter((d) => d.name.startsWith(dbPrefix))) {
      for (const c of await client.db(name).listCollections({}, { nameOnly: true }).toArray()) {
        pending += await client.db(name).collection(c.name).countDocuments({ _outboxPending: true });
      }
    }
    return pending;
  } finally {
    await client.close();
  }
}

export interface LedgerCheck {
  /** Acknowledged facts the platform does not show (an employee, a completion's JP, a feedback…). */
  lost: number;
  /** Facts the platform counts more often than they were acknowledged. */
  doubled: number;
  /** What differs, for the report. */
  differences: string[];
}

/**
 * Compares the ledger with what the gateway answers: every employee and their JP (training and
 * placements), each OPD's active employees, the programme's completions and feedback.
 */
export async function checkLedger(api: GatewayClient, ledger: Ledger, fixture: Fixture): Promise<LedgerCheck> {
  const result: LedgerCheck = { lost: 0, doubled: 0, differences: [] };
  const compare = (what: string, expected: number, actual: number | undefined) => {
    const seen = actual ?? 0;
    if (seen < expected) result.lost += expected - seen;
    if (seen > expected) result.doubled += seen - expected;
    if (seen !== expected) result.differences.push(`${what}: expected ${expected}, platform shows ${actual ?? 'nothing'}`);
  };
  const year = thisYear();
  const program = await api.get<{ completions?: number; feedbackCount?: number }>(`/v1/metrics/programs/${fixture.programId}?year=${year}`);
  compare('programme completions', ledger.completions, program.status === 200 ? program.body.completions : undefined);
  compare('programme feedback', ledger.feedback, program.status === 200 ? program.body.feedbackCount : undefined);
  for (const opd of CHAOS_OPDS) {
    const expected = [...ledger.employees.values()].filter((e) => e.opd === opd).length;
    const metrics = await api.get<{ activeEmployees?: number; activePlacements?: number }>(`/v1/metrics/opd/${opd}?year=${year}`);
    compare(`${opd} active employees`, expected, metrics.status === 200 ? metrics.body.activeEmployees : undefined);
    // Every placement the load starts it completes: one still open is one created twice.
    compare(`${opd} open placements`, 0, metrics.status === 200 ? metrics.body.activePlacements : undefined);
  }
  // Cheap totals first: while they differ the platform is still catching up, and reading every
  // employee would only slow it down.
  if (result.differences.length) return result;
  for (const [nip, entry] of ledger.employees) {
    const employee = await api.get(`/v1/employees/${nip}`);
    if (employee.status !== 200) {
      result.lost++;
      result.differences.push(`employee ${nip}: ${employee.status}`);
      continue;
    }
    const metrics = await api.get<{ jp?: { training?: number; placement?: number } }>(`/v1/metrics/employees/${nip}?year=${year}`);
    compare(`${nip} training JP`, entry.trainingJp, metrics.body.jp?.training);
    compare(`${nip} placement JP`, entry.placementJp, metrics.body.jp?.placement);
  }
  return result;
}

import { randomUUID } from 'node:crypto';
import { LearningApi, Nip, businessDate, type Clock } from '@asn/contracts';
import { createEvent, publicView } from '@asn/messaging';
import { type EmployeeDirectory } from '@asn/read-models';
import { assertValid, conflict, currentContext, slicePage, validationFailed } from '@asn/service-kit';
import { inspectCertificateFile } from './certificate-file';
import type { ExternalLearningDoc } from '../persistence/models';
import type { LearningRepositories } from '../persistence/repositories';

/** What one employee may have reported, read at once when a list is about them. */
const PER_EMPLOYEE_LIMIT = 2_000;

export const toExternalLearning = (doc: ExternalLearningDoc) => publicView(doc, []);

/**
 * Learning an employee did outside city programmes (issue #15, item 10): reported with its
 * certificate file, verified or rejected by an admin; only verified records earn JP (analytics
 * reads `learning.external-learning.verified`). The file lives in GridFS (plain collections, so the
 * same on MongoDB and the embedded server) under the record's id.
 */
export class ExternalLearningDomain {
  constructor(
    private readonly store: LearningRepositories,
    private readonly directory: EmployeeDirectory,
    private readonly clock: Clock,
  ) {}

  /**
   * Every check first (fields, employee, file), so a refused report stores nothing. Then the file,
   * then the record with its event; a record that cannot be written takes its file away again.
   */
  async report(nip: unknown, input: unknown, file: { fileName?: string; content?: Buffer }) {
    assertValid(Nip, nip, { '/': 'NIP_INVALID' });
    assertValid(LearningApi.ReportExternalLearningBody, input);
    const now = this.clock();
    const today = businessDate(now);
    if (input.completedOn > today) throw validationFailed([{ path: '/completedOn', message: 'must not be in the future (WIB)' }]);
    const employee = await this.directory.requireActive(nip);
    const certificate = await inspectCertificateFile(file.fileName, file.content ?? Buffer.alloc(0));
    const same = await this.store.externalLearning.withFile(nip, certificate.sha256);
    const earlier = same.find((d) => d.status !== 'rejected');
    if (earlier) throw conflict('EXTERNAL_LEARNING_DUPLICATE', `This certificate file was already reported as ${earlier._id} (${earlier.status})`);

    const id = randomUUID();
    const doc: ExternalLearningDoc = { _id: id, nip, opd: employee.opd, ...input, status: 'reported', certificate, reportedAt: now.toISOString() };
    const event = createEvent('learning.external-learning.reported', id, { externalLearningId: id, nip, opd: employee.opd, title: input.title, kind: input.kind, provider: input.provider, jp: input.jp, completedOn: input.completedOn, certificate, reportedOn: today });
    await this.store.certificateFiles.store(id, certificate.fileName, { nip, contentType: certificate.contentType, sha256: certificate.sha256 }, file.content);
    try {
      await this.store.externalLearning.report(doc, [event]);
    } catch (err) {
      await this.store.certificateFiles.delete(id).catch(() => undefined);
      throw err;
    }
    return toExternalLearning(doc);
  }

  get(id: unknown): Promise<ExternalLearningDoc> {
    return this.store.externalLearning.get(id);
  }

  /** An admin verifies or rejects a reported record, once; a rejection says why. */
  async decide(id: unknown, input: unknown) {
    assertValid(LearningApi.DecideExternalLearningBody, input);
    if (input.decision === 'rejected' && !input.reason) throw validationFailed([{ path: '/reason', message: 'is required when rejecting: the employee reads it' }]);
    const record = await this.get(id);
    if (record.status !== 'reported') throw conflict('EXTERNAL_LEARNING_DECIDED', `External learning ${record._id} was already ${record.status} on ${record.decidedAt?.slice(0, 10) ?? 'an earlier day'}`);
    const now = this.clock();
    const decidedAt = now.toISOString();
    const decidedOn = businessDate(now);
    const decidedBy = currentContext()?.actor;
    const event =
      input.decision === 'verified'
        ? createEvent('learning.external-learning.verified', record._id, { externalLearningId: record._id, nip: record.nip, opd: record.opd, kind: record.kind, jp: record.jp, completedOn: record.completedOn, verifiedOn: decidedOn })
        : createEvent('learning.external-learning.rejected', record._id, { externalLearningId: record._id, nip: record.nip, opd: record.opd, reason: input.reason!, rejectedOn: decidedOn });
    const decided = { status: input.decision, decidedAt, ...(decidedBy ? { decidedBy } : {}), ...(input.reason ? { reason: input.reason } : {}) };
    if (!(await this.store.externalLearning.decide(record._id, decided, [event]))) throw conflict('EXTERNAL_LEARNING_DECIDED', `External learning ${record._id} was decided meanwhile; read it again`);
    return toExternalLearning({ ...record, ...decided });
  }

  /**
   * Newest first. An employee's records are few and read at once; an OPD's, a status's or all are
   * paged by an index in their order.
   */
  async list(query: unknown) {
    const q = { page: 1, pageSize: 20, ...(query as object) } as { nip?: string; opd?: string; status?: ExternalLearningDoc['status']; page: number; pageSize: number };
    assertValid(LearningApi.ListExternalLearningQuery, q);
    if (q.nip) {
      const mine = await this.store.externalLearning.ofEmployee(q.nip, PER_EMPLOYEE_LIMIT);
      const { docs, ...page } = slicePage(mine.filter((d) => (!q.opd || d.opd === q.opd) && (!q.status || d.status === q.status)), q.page, q.pageSize);
      return { items: docs.map(toExternalLearning), ...page };
    }
    const { docs, ...page } = await this.store.externalLearning.list({ opd: q.opd, status: q.status }, { page: q.page, pageSize: q.pageSize });
    return { items: docs.map(toExternalLearning), ...page };
  }

  /**
   * Deletes certificate files whose record was never written: the service died between storing the
   * file and its record (report() stores the file first, so a record never lacks its file). Only
   * files older than `olderThanMs`, so that a report in progress keeps its file. Returns how many.
   */
  async sweepOrphanFiles(olderThanMs = 60 * 60_000): Promise<number> {
    // At most 500 at a time (one `$in`): the rest wait for the next sweep.
    const old = await this.store.certificateFiles.storedBefore(new Date(this.clock().getTime() - olderThanMs), 500);
    if (old.length === 0) return 0;
    const recorded = await this.store.externalLearning.existing(old);
    let deleted = 0;
    for (const id of old) {
      if (recorded.has(id)) continue;
      await this.store.certificateFiles.delete(id).catch(() => undefined);
      deleted++;
    }
    return deleted;
  }

  /** The certificate file as it was uploaded, with whose it is (the gateway decides who may see it). */
  async file(id: unknown) {
    const record = await this.get(id); // EXTERNAL_LEARNING_ID_INVALID or _NOT_FOUND first
    const content = await this.store.certificateFiles.read(record._id);
    return { id: record._id, nip: record.nip, opd: record.opd, fileName: record.certificate.fileName, contentType: record.certificate.contentType, content };
  }
}

import { randomUUID } from 'node:crypto';
import { GridFSBucket, type Db } from 'mongodb';
import { LearningApi, Nip, businessDate, type Clock } from '@asn/contracts';
import { createEvent, publicView, updateWithEvents, withEvents, type OutboxNotify } from '@asn/messaging';
import { type EmployeeDirectory } from '@asn/read-models';
import { assertValid, conflict, currentContext, loadById, slicePage, validationFailed } from '@asn/service-kit';
import { inspectCertificateFile } from './certificate-file';
import { CERTIFICATE_FILES_BUCKET, type ExternalLearningDoc, type LearningModels } from '../persistence/models';

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
    private readonly models: LearningModels,
    private readonly db: () => Db,
    private readonly directory: EmployeeDirectory,
    private readonly notify: OutboxNotify,
    private readonly clock: Clock,
  ) {}

  private bucket(): GridFSBucket {
    return new GridFSBucket(this.db(), { bucketName: CERTIFICATE_FILES_BUCKET });
  }

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
    const same = await this.models.ExternalLearning.find({ nip, 'certificate.sha256': certificate.sha256 }, { status: 1 }).lean<Pick<ExternalLearningDoc, '_id' | 'status'>[]>();
    const earlier = same.find((d) => d.status !== 'rejected');
    if (earlier) throw conflict('EXTERNAL_LEARNING_DUPLICATE', `This certificate file was already reported as ${earlier._id} (${earlier.status})`);

    const id = randomUUID();
    const doc: ExternalLearningDoc = { _id: id, nip, opd: employee.opd, ...input, status: 'reported', certificate, reportedAt: now.toISOString() };
    const event = createEvent('learning.external-learning.reported', id, { externalLearningId: id, nip, opd: employee.opd, title: input.title, kind: input.kind, provider: input.provider, jp: input.jp, completedOn: input.completedOn, certificate, reportedOn: today });
    const bucket = this.bucket();
    await new Promise<void>((resolve, reject) => {
      const upload = bucket.openUploadStreamWithId(id as never, certificate.fileName, { metadata: { nip, contentType: certificate.contentType, sha256: certificate.sha256 } });
      upload.once('finish', () => resolve());
      upload.once('error', reject);
      upload.end(file.content);
    });
    try {
      await this.models.ExternalLearning.collection.insertOne(withEvents(doc, [event]) as never);
    } catch (err) {
      await bucket.delete(id as never).catch(() => undefined);
      throw err;
    }
    this.notify(this.models.ExternalLearning, id);
    return toExternalLearning(doc);
  }

  async get(id: unknown): Promise<ExternalLearningDoc> {
    return loadById<ExternalLearningDoc>(this.models.ExternalLearning, id, 'EXTERNAL_LEARNING', 'external learning record');
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
        ? createEvent('learning.external-learning.verified', record._id, { externalLearningId: record._id, nip: record.nip, opd: record.opd, kind: record.kind as never, jp: record.jp, completedOn: record.completedOn, verifiedOn: decidedOn })
        : createEvent('learning.external-learning.rejected', record._id, { externalLearningId: record._id, nip: record.nip, opd: record.opd, reason: input.reason!, rejectedOn: decidedOn });
    const decided = { status: input.decision, decidedAt, ...(decidedBy ? { decidedBy } : {}), ...(input.reason ? { reason: input.reason } : {}) };
    const res = await this.models.ExternalLearning.collection.updateOne({ _id: record._id, status: 'reported' } as never, updateWithEvents({ $set: decided }, [event as never]));
    if (res.matchedCount === 0) throw conflict('EXTERNAL_LEARNING_DECIDED', `External learning ${record._id} was decided meanwhile; read it again`);
    this.notify(this.models.ExternalLearning, record._id);
    return toExternalLearning({ ...record, ...decided });
  }

  /**
   * Newest first. An employee's records are few and read at once; an OPD's, a status's or all are
   * paged by an index in their order.
   */
  async list(query: unknown) {
    const q = { page: 1, pageSize: 20, ...(query as object) } as { nip?: string; opd?: string; status?: ExternalLearningDoc['status']; page: number; pageSize: number };
    assertValid(LearningApi.ListExternalLearningQuery, q);
    const newestFirst = { reportedAt: -1, _id: -1 } as const;
    if (q.nip) {
      const mine = await this.models.ExternalLearning.find({ nip: q.nip }).sort(newestFirst).limit(PER_EMPLOYEE_LIMIT).lean<ExternalLearningDoc[]>();
      const { docs, ...page } = slicePage(mine.filter((d) => (!q.opd || d.opd === q.opd) && (!q.status || d.status === q.status)), q.page, q.pageSize);
      return { items: docs.map(toExternalLearning), ...page };
    }
    const filter = { ...(q.opd ? { opd: q.opd } : {}), ...(q.status ? { status: q.status } : {}) };
    const [docs, total] = await Promise.all([
      this.models.ExternalLearning.find(filter).sort(newestFirst).skip((q.page - 1) * q.pageSize).limit(q.pageSize).lean<ExternalLearningDoc[]>(),
      this.models.ExternalLearning.countDocuments(filter),
    ]);
    return { items: docs.map(toExternalLearning), total, page: q.page, pageSize: q.pageSize };
  }

  /**
   * Deletes certificate files whose record was never written: the service died between storing the
   * file and its record (report() stores the file first, so a record never lacks its file). Only
   * files older than `olderThanMs`, so that a report in progress keeps its file. Returns how many.
   */
  async sweepOrphanFiles(olderThanMs = 60 * 60_000): Promise<number> {
    const files = this.db().collection<{ _id: string; uploadDate: Date }>(`${CERTIFICATE_FILES_BUCKET}.files`);
    // At most 500 at a time (one `$in`): the rest wait for the next sweep.
    const old = await files.find({ uploadDate: { $lt: new Date(this.clock().getTime() - olderThanMs) } }, { projection: { _id: 1 } }).limit(500).toArray();
    if (old.length === 0) return 0;
    const recorded = new Set((await this.models.ExternalLearning.find({ _id: { $in: old.map((f) => f._id) } }, { _id: 1 }).lean<{ _id: string }[]>()).map((r) => r._id));
    const bucket = this.bucket();
    let deleted = 0;
    for (const f of old) {
      if (recorded.has(f._id)) continue;
      await bucket.delete(f._id as never).catch(() => undefined);
      deleted++;
    }
    return deleted;
  }

  /** The certificate file as it was uploaded, with whose it is (the gateway decides who may see it). */
  async file(id: unknown) {
    const record = await this.get(id); // EXTERNAL_LEARNING_ID_INVALID or _NOT_FOUND first
    const chunks: Buffer[] = [];
    for await (const chunk of this.bucket().openDownloadStream(record._id as never)) chunks.push(chunk as Buffer);
    return { id: record._id, nip: record.nip, opd: record.opd, fileName: record.certificate.fileName, contentType: record.certificate.contentType, content: Buffer.concat(chunks) };
  }
}

import { createHash } from 'node:crypto';
import multipart, { type MultipartFile } from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import contentDisposition from 'content-disposition';
import { CERTIFICATE_FILE_MAX_BYTES, createAjv, Id, LearningApi, Nip, type RpcResponse } from '@asn/contracts';
import { AppError, type HttpApp } from '@asn/service-kit';
import { clean, pageRequest } from '../../grpc/upstreams';
import { listedOpd, type Principal } from '../auth';
import { actOnEmployee, assertMayAsk, principalOf, type GatewayContext } from '../context';

const tags = ['external learning'];
const FILE_FIELD = 'certificate';
const MAX_MB = CERTIFICATE_FILE_MAX_BYTES / (1024 * 1024);

/** The report form: the service's fields (sent as form fields, so as text) and the file. */
const ReportForm = Type.Object(
  {
    ...LearningApi.ReportExternalLearningBody.properties,
    [FILE_FIELD]: Type.String({ format: 'binary', description: `the certificate: PDF, PNG or JPEG, at most ${MAX_MB} MB` }),
  },
  { additionalProperties: false },
);
// Form fields are text: "8" is read as the number 8 here (JSON bodies are never coerced).
const formAjv = createAjv({ coerceTypes: true });

interface Upload {
  fileName: string;
  content: Buffer;
}
declare module 'fastify' {
  interface FastifyRequest {
    certificateUpload?: Upload;
  }
}

/** What decides who may see a record (a record as learning answers it, or its file). */
type ExternalLearning = Pick<RpcResponse<'learning', 'GetExternalLearning'>, 'id' | 'nip' | 'opd'>;

/** Who may see a record: the admin all, an agency its OPD's, an employee their own ("not found" otherwise). */
function assertMaySee(p: Principal, record: ExternalLearning): void {
  const visible = p.role === 'admin' || (p.role === 'agency' && record.opd === p.opd) || (p.role === 'employee' && record.nip === p.nip);
  if (!visible) throw new AppError('EXTERNAL_LEARNING_NOT_FOUND', 404, `No external learning record ${record.id}`);
}

/**
 * Learning done outside city programmes (issue #15, item 10): reported as a multipart form with
 * the certificate file, verified or rejected by an admin, listed by who may see it.
 */
export async function externalLearningRoutes(app: HttpApp, ctx: GatewayContext): Promise<void> {
  const learning = ctx.up.learning;

  /** The multipart parser's size refusal as the platform's error; any other error as it is. */
  const certificateError = (err: unknown) =>
    (err as { code?: string } | null)?.code === 'FST_REQ_FILE_TOO_LARGE' ? new AppError('CERTIFICATE_FILE_TOO_LARGE', 413, `The certificate file is larger than ${MAX_MB} MB`) : err;

  // Multipart only in this scope: the rest of the API takes JSON. The file is read into memory (at
  // most 5 MB, one file) and its digest becomes the field's value, so the idempotency fingerprint
  // tells two different files apart without hashing megabytes of JSON.
  await app.register(async (plain) => {
    const scope = plain as unknown as HttpApp; // the same instance kind as `app` (the TypeBox type provider)
    // The size limit can also surface from the multipart parser itself, before or instead of the
    // file's own stream (a fresh-clone run got the parser's FST_REQ_FILE_TOO_LARGE): the scope's
    // error handler names it too, then hands every error on to the platform's problem+json handler.
    scope.setErrorHandler((err) => {
      throw certificateError(err);
    });
    await scope.register(multipart, {
      attachFieldsToBody: 'keyValues',
      limits: { fileSize: CERTIFICATE_FILE_MAX_BYTES, files: 1, fields: 10, fieldSize: 1000, parts: 11 },
      async onFile(this: { certificateUpload?: Upload }, part: MultipartFile & { value?: unknown }) {
        if (part.fieldname !== FILE_FIELD) {
          part.file.resume();
          throw new AppError('VALIDATION_FAILED', 400, `Unexpected file field "${part.fieldname}"; send the certificate as "${FILE_FIELD}"`, [{ path: `/${part.fieldname}`, message: 'is not a file field' }]);
        }
        let content: Buffer;
        try {
          content = await part.toBuffer();
        } catch (err) {
          throw certificateError(err);
        }
        this.certificateUpload = { fileName: part.filename, content };
        part.value = `sha256:${createHash('sha256').update(content).digest('hex')}`;
      },
    });

    scope.post(
      '/v1/employees/:nip/external-learning',
      {
        config: { roles: ['admin', 'agency', 'employee'] },
        schema: {
          tags,
          summary: `Report learning outside city programmes (webinar, MOOC, seminar...) with its certificate file (PDF, PNG or JPEG, at most ${MAX_MB} MB); it earns JP once an admin verifies it`,
          consumes: ['multipart/form-data'],
          params: Type.Object({ nip: Nip }),
          body: ReportForm,
        },
        validatorCompiler: ({ schema }) => formAjv.compile(schema),
      },
      async (req, reply) => {
        const p = principalOf(req);
        const upload = req.certificateUpload;
        if (!upload) throw new AppError('CERTIFICATE_FILE_MISSING', 400, `Attach the certificate file as the multipart field "${FILE_FIELD}"`);
        const { certificate, ...fields } = req.body;
        void certificate;
        const record = await actOnEmployee(ctx, p, req.params.nip, () => learning.rpc.ReportExternalLearning({ nip: req.params.nip, ...fields, fileName: upload.fileName, file: upload.content }));
        return reply.status(201).send(clean(record));
      },
    );
  });

  app.post(
    '/v1/external-learning/:id/verification',
    {
      config: { roles: ['admin'] },
      schema: { tags, summary: 'Verify or reject reported external learning (a rejection gives the reason); only verified records earn JP', params: Type.Object({ id: Id }), body: LearningApi.DecideExternalLearningBody },
    },
    async (req, reply) => reply.status(201).send(clean(await learning.rpc.DecideExternalLearning({ id: req.params.id, ...req.body }))),
  );

  app.get(
    '/v1/external-learning',
    {
      config: { roles: ['admin', 'agency', 'employee'] },
      schema: { tags, summary: 'External learning records, newest first: an employee sees their own, an agency its OPD\'s, the admin all', querystring: LearningApi.ListExternalLearningQuery },
    },
    async (req) => {
      const p = principalOf(req);
      // An employee's own records, an agency's own OPD's (as GET /v1/employees scopes them).
      const nip = p.role === 'employee' ? (req.query.nip ?? p.nip) : req.query.nip;
      const opd = listedOpd(p, req.query.opd);
      if (nip !== undefined) assertMayAsk(p, nip);
      const page = await learning.rpc.ListExternalLearning({ ...(nip ? { nip } : {}), ...(opd ? { opd } : {}), ...(req.query.status ? { status: req.query.status } : {}), page: pageRequest(req.query) });
      return clean(page);
    },
  );

  /** The record, if the token may see it ("not found" otherwise). */
  const visibleRecord = async (p: Principal, id: string) => {
    const record = clean(await learning.rpc.GetExternalLearning({ id }));
    assertMaySee(p, record);
    return record;
  };

  app.get('/v1/external-learning/:id', { config: { roles: ['admin', 'agency', 'employee'] }, schema: { tags, summary: 'One external learning record', params: Type.Object({ id: Id }) } }, async (req) =>
    visibleRecord(principalOf(req), req.params.id),
  );

  app.get(
    '/v1/external-learning/:id/certificate',
    { config: { roles: ['admin', 'agency', 'employee'] }, schema: { tags, summary: 'The certificate file as it was uploaded (what an admin checks before verifying)', params: Type.Object({ id: Id }), produces: ['application/pdf', 'image/png', 'image/jpeg'] } },
    async (req, reply) => {
      // Whose it is first, from the record: the file is fetched only for someone who may see it.
      await visibleRecord(principalOf(req), req.params.id);
      const file = await learning.rpc.GetExternalLearningFile({ id: req.params.id });
      return reply.type(file.contentType).header('content-disposition', contentDisposition(file.fileName)).send(file.content);
    },
  );
}

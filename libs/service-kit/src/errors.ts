import { check, type ValidationIssue } from '@asn/contracts';
import type { Static, TSchema } from '@sinclair/typebox';

/**
 * An error with a stable, upper-snake `code` (spec 6.3) and the HTTP status it means.
 * Services throw these; HTTP answers them as problem+json and gRPC carries them in metadata,
 * so the gateway can answer the very same problem.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly errors?: ValidationIssue[],
  ) {
    super(message);
  }

  toJSON() {
    return { code: this.code, status: this.status, message: this.message, errors: this.errors };
  }
}

export const badRequest = (code: string, message: string, errors?: ValidationIssue[]) => new AppError(code, 400, message, errors);
export const validationFailed = (errors: ValidationIssue[], message = 'The request is not valid.') => new AppError('VALIDATION_FAILED', 400, message, errors);
export const notFound = (code: string, message: string) => new AppError(code, 404, message);
export const conflict = (code: string, message: string) => new AppError(code, 409, message);
export const forbidden = (code: string, message: string) => new AppError(code, 403, message);
export const upstreamUnavailable = (message: string) => new AppError('UPSTREAM_UNAVAILABLE', 503, message);

/** The store refused a write for a unique index (MongoDB's duplicate-key error, code 11000). */
export const isDuplicateKey = (err: unknown): boolean => (err as { code?: number } | null)?.code === 11000;

/** Runs a write; a duplicate key becomes the conflict the caller names, anything else passes through. */
export async function orConflict<T>(write: Promise<T>, onDuplicate: () => AppError): Promise<T> {
  try {
    return await write;
  } catch (err) {
    if (isDuplicateKey(err)) throw onDuplicate();
    throw err;
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** RFC 9457 problem details body. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  correlationId?: string;
  errors?: ValidationIssue[];
}

export function toProblem(status: number, code: string, detail: string, errors?: ValidationIssue[]): Problem {
  return {
    type: `https://asn.salatiga.go.id/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

/** `FST_ERR_CTP_BODY_TOO_LARGE` → `BODY_TOO_LARGE`: fastify's own codes made stable platform codes. */
export function codeFromFastify(code: string | undefined, status: number): string {
  if (!code) return status >= 500 ? 'INTERNAL' : 'BAD_REQUEST';
  return code.replace(/^FST_ERR_(CTP_|RESPONSE_|VALIDATION)?/, '').replace(/^_/, '') || 'BAD_REQUEST';
}

/**
 * Validates a command against its schema; refuses it with the stable code of the first bad field
 * that has one (e.g. `/nip` → NIP_INVALID; any bad NIP is NIP_INVALID), else VALIDATION_FAILED, and
 * every issue listed.
 */
export function assertValid<T extends TSchema>(schema: T, value: unknown, fieldCodes: Record<string, string> = { '/nip': 'NIP_INVALID' }): asserts value is Static<T> {
  const issues = check(schema, value);
  if (issues.length === 0) return;
  const coded = issues.find((i) => fieldCodes[i.path]);
  const code = coded ? fieldCodes[coded.path]! : (issues.find((i) => i.code)?.code ?? 'VALIDATION_FAILED');
  throw new AppError(code, 400, `Invalid request: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, issues);
}

/** Text a user typed, made safe to use inside a regex (name search without text indexes). */
export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

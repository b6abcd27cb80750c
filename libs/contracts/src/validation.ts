import Ajv, { type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Static, TSchema } from '@sinclair/typebox';
import { isCalendarDate, isValidNip, nipProblem } from './common';

/**
 * The one JSON-Schema validator configuration of the platform: fastify routes, gRPC requests and
 * event envelopes are all checked by Ajv with these formats, so a rule means the same everywhere.
 */
export function createAjv(options: Options = {}): Ajv {
  // verbose: an error carries the value and its schema, so a bad NIP can be told apart and explained.
  const ajv = new Ajv({ allErrors: true, coerceTypes: false, useDefaults: true, removeAdditional: false, strict: false, verbose: true, ...options });
  addFormats(ajv, ['date-time', 'uuid', 'email', 'uri']);
  ajv.addFormat('date', { type: 'string', validate: isCalendarDate });
  ajv.addFormat('nip', { type: 'string', validate: isValidNip });
  // OpenAPI's name for a file part of a multipart form; the file itself is checked by its owner.
  ajv.addFormat('binary', true);
  return ajv;
}

const shared = createAjv();
const cache = new WeakMap<object, ValidateFunction>();

export function compile<T extends TSchema>(schema: T): ValidateFunction<Static<T>> {
  let fn = cache.get(schema);
  if (!fn) {
    fn = shared.compile(schema);
    cache.set(schema, fn);
  }
  return fn as ValidateFunction<Static<T>>;
}

export interface ValidationIssue {
  /** JSON pointer-ish path of the offending field, e.g. `/position/kind`. */
  path: string;
  message: string;
  /** The stable code of this kind of mistake, where it has one (a NIP: `NIP_INVALID`). */
  code?: string;
}

export function toIssues(errors: ErrorObject[] | null | undefined): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const e of errors ?? []) {
    const isNip = (e.parentSchema as { format?: string } | undefined)?.format === 'nip';
    if (isNip) {
      if (e.keyword === 'pattern') continue; // the format's message says more: it names the wrong part
      const problem = e.keyword === 'format' && typeof e.data === 'string' ? nipProblem(e.data) : undefined;
      issues.push({ path: e.instancePath || '/', message: `NIP: ${problem ?? e.message ?? 'is invalid'}`, code: 'NIP_INVALID' });
      continue;
    }
    const missing = e.keyword === 'required' ? `/${(e.params as { missingProperty: string }).missingProperty}` : '';
    const allowed = e.keyword === 'enum' ? `: ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}` : '';
    issues.push({ path: `${e.instancePath}${missing}` || '/', message: `${e.message ?? 'is invalid'}${allowed}` });
  }
  return issues;
}

/** Validates and returns the issues (empty when valid). */
export function check<T extends TSchema>(schema: T, value: unknown): ValidationIssue[] {
  const fn = compile(schema);
  return fn(value) ? [] : toIssues(fn.errors);
}

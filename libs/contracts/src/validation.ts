import Ajv, { type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Static, TSchema } from '@sinclair/typebox';
import { isCalendarDate, isValidNip } from './common';

/**
 * The one JSON-Schema validator configuration of the platform: fastify routes, gRPC requests and
 * event envelopes are all checked by Ajv with these formats, so a rule means the same everywhere.
 */
export function createAjv(options: Options = {}): Ajv {
  const ajv = new Ajv({ allErrors: true, coerceTypes: false, useDefaults: true, removeAdditional: false, strict: false, ...options });
  addFormats(ajv, ['date-time', 'uuid', 'email', 'uri']);
  ajv.addFormat('date', { type: 'string', validate: isCalendarDate });
  ajv.addFormat('nip', { type: 'string', validate: isValidNip });
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
}

export function toIssues(errors: ErrorObject[] | null | undefined): ValidationIssue[] {
  return (errors ?? []).map((e) => {
    const missing = e.keyword === 'required' ? `/${(e.params as { missingProperty: string }).missingProperty}` : '';
    const allowed = e.keyword === 'enum' ? `: ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}` : '';
    return { path: `${e.instancePath}${missing}` || '/', message: `${e.message ?? 'is invalid'}${allowed}` };
  });
}

/** Validates and returns the issues (empty when valid). */
export function check<T extends TSchema>(schema: T, value: unknown): ValidationIssue[] {
  const fn = compile(schema);
  return fn(value) ? [] : toIssues(fn.errors);
}

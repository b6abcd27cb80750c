import { Type } from '@sinclair/typebox';
import { Nip, OpdCode, StringEnum } from '../common';

export const AUDITED_METHODS = ['POST', 'PATCH', 'PUT', 'DELETE'] as const;
export const ROLES = ['admin', 'agency', 'analyst', 'employee'] as const;

/** Spec 8.8: who did which accepted write, to what, when, under which correlation id. */
export const WriteRecorded = Type.Object(
  {
    actor: Type.Object(
      {
        sub: Type.String({ minLength: 1, maxLength: 200, description: "the token's subject" }),
        role: StringEnum(ROLES),
        opd: Type.Optional(OpdCode),
        nip: Type.Optional(Nip),
      },
      { additionalProperties: false },
    ),
    method: StringEnum(AUDITED_METHODS),
    route: Type.String({ minLength: 1, maxLength: 200, description: 'the route template, e.g. /v1/sessions/:id/enrollments' }),
    target: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'the id of what was written (or the NIP it is about)' })),
    status: Type.Integer({ minimum: 200, maximum: 299 }),
    at: Type.String({ format: 'date-time' }),
    correlationId: Type.String({ minLength: 1, maxLength: 128 }),
  },
  { additionalProperties: false },
);

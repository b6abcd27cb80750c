import { Type, type TSchema } from '@sinclair/typebox';

export const PageQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })), // bounded: a page number reaches the services as an int32
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
};

/** `{ items, total, page, pageSize }` of every list route (spec 6.5). */
export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });

/** Every error of the REST API (spec 6.3, RFC 9457 problem details), as the OpenAPI document declares it. */
export const ProblemDetails = Type.Object(
  {
    type: Type.String({ description: 'URI of the problem type' }),
    title: Type.String(),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.String(),
    code: Type.String({ pattern: '^[A-Z][A-Z0-9_]*$', description: 'stable upper-snake code, e.g. SESSION_FULL' }),
    errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }, { additionalProperties: true }))),
    instance: Type.Optional(Type.String()),
    correlationId: Type.Optional(Type.String()),
  },
  { additionalProperties: true },
);

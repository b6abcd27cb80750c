import { Type } from '@sinclair/typebox';
import type { HttpApp } from '@asn/service-kit';
import type { AuditLog } from '../../events/audit-log';

const AuditQuery = Type.Object(
  {
    actor: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: "a token subject (`sub`)" })),
    target: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'the id (or NIP) a write was about' })),
    from: Type.Optional(Type.String({ format: 'date-time', description: 'inclusive, ISO-8601' })),
    to: Type.Optional(Type.String({ format: 'date-time', description: 'inclusive, ISO-8601' })),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);

export function auditRoutes(app: HttpApp, audit: AuditLog): void {
  app.get('/v1/audit', { config: { roles: ['admin'] }, schema: { tags: ['audit'], summary: 'The audit log of accepted writes, newest first (spec 8.8)', querystring: AuditQuery } }, async (req) => audit.list(req.query));
}

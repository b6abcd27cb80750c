import { Type, type Static } from '@sinclair/typebox';

/**
 * The local OpenID Provider's users file (`apps/identity`'s USERS_FILE): who may sign in to the
 * console in development, with the claims the gateway authorises on (spec 6.1: `role`, `opd` for an
 * agency, `nip` for an employee). `npm start` and the browser tests write it; the provider reads it.
 */
export const IdentityUser = Type.Object(
  {
    username: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{1,62}$' }),
    password: Type.String({ minLength: 8, maxLength: 200 }),
    name: Type.String({ minLength: 1, maxLength: 120 }),
    role: Type.Union([Type.Literal('admin'), Type.Literal('agency'), Type.Literal('analyst'), Type.Literal('employee')]),
    opd: Type.Optional(Type.String()),
    nip: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type IdentityUser = Static<typeof IdentityUser>;
export const IdentityUsersFile = Type.Object({ users: Type.Array(IdentityUser, { minItems: 1 }) }, { additionalProperties: false });
export type IdentityUsersFile = Static<typeof IdentityUsersFile>;

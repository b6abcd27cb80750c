import { Type } from '@sinclair/typebox';
import { Id, Nip, OpdCode, StringEnum, Year } from '../common';

const IpAsnSource = StringEnum(['data', 'missing'] as const, 'where the points come from');
const IpAsn = Type.Object({
  version: Type.String({ maxLength: 32 }),
  score: Type.Number({ minimum: 0, maximum: 100 }),
  category: Type.String({ maxLength: 32 }),
  dimensions: Type.Object({ qualification: Type.Number(), competency: Type.Number(), performance: Type.Number(), discipline: Type.Number() }),
  // Spec 8.5 (optional: events published before it lack them).
  complete: Type.Optional(Type.Boolean({ description: 'false when any dimension is missing' })),
  sources: Type.Optional(Type.Object({ qualification: IpAsnSource, competency: IpAsnSource, performance: IpAsnSource, discipline: IpAsnSource })),
});

export const EmployeeMetricsUpdated = Type.Object({
  nip: Nip,
  opd: OpdCode,
  year: Year,
  jp: Type.Object({ total: Type.Number(), target: Type.Number(), compliant: Type.Boolean(), training: Type.Number(), placement: Type.Number() }),
  gapCount: Type.Integer({ minimum: 0 }),
  ipAsn: IpAsn,
});

export const OpdMetricsUpdated = Type.Object({
  opd: OpdCode,
  year: Year,
  activeEmployees: Type.Integer({ minimum: 0 }),
  jpCompliantShare: Type.Number({ minimum: 0, maximum: 1 }),
  averageJp: Type.Number(),
  averageIpAsn: Type.Number({ description: 'average of the complete IP ASN indices (spec 8.5)' }),
  ipAsnIncomplete: Type.Optional(Type.Integer({ minimum: 0, description: 'active employees left out of averageIpAsn' })),
  ideas: Type.Object({ submitted: Type.Integer(), approved: Type.Integer(), launched: Type.Integer() }),
  citizensReached: Type.Integer({ minimum: 0 }),
  activePlacements: Type.Integer({ minimum: 0 }),
});

export const ProgramFlagged = Type.Object({
  programId: Id,
  year: Year,
  feedbackCount: Type.Integer({ minimum: 0 }),
  averageRelevance: Type.Number(),
});

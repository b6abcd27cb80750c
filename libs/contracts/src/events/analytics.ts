import { Type } from '@sinclair/typebox';
import { Id, Nip, OpdCode, Year } from '../common';

const IpAsn = Type.Object({
  version: Type.String({ maxLength: 32 }),
  score: Type.Number({ minimum: 0, maximum: 100 }),
  category: Type.String({ maxLength: 32 }),
  dimensions: Type.Object({ qualification: Type.Number(), competency: Type.Number(), performance: Type.Number(), discipline: Type.Number() }),
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
  averageIpAsn: Type.Number(),
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

// Original file: personnel.proto

import type { StandardCompetency as _asn_personnel_v1_StandardCompetency, StandardCompetency__Output as _asn_personnel_v1_StandardCompetency__Output } from '../../../asn/personnel/v1/StandardCompetency';

export interface PositionStandard {
  'positionCode'?: (string);
  'competencies'?: (_asn_personnel_v1_StandardCompetency)[];
  'updatedAt'?: (string);
}

export interface PositionStandard__Output {
  'positionCode': (string);
  'competencies': (_asn_personnel_v1_StandardCompetency__Output)[];
  'updatedAt': (string);
}

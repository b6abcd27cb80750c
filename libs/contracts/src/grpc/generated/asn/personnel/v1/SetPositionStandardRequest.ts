// Original file: personnel.proto

import type { StandardCompetency as _asn_personnel_v1_StandardCompetency, StandardCompetency__Output as _asn_personnel_v1_StandardCompetency__Output } from '../../../asn/personnel/v1/StandardCompetency';

export interface SetPositionStandardRequest {
  'positionCode'?: (string);
  'competencies'?: (_asn_personnel_v1_StandardCompetency)[];
}

export interface SetPositionStandardRequest__Output {
  'positionCode': (string);
  'competencies': (_asn_personnel_v1_StandardCompetency__Output)[];
}

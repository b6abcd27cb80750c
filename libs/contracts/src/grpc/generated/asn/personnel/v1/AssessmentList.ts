// Original file: personnel.proto

import type { Assessment as _asn_personnel_v1_Assessment, Assessment__Output as _asn_personnel_v1_Assessment__Output } from '../../../asn/personnel/v1/Assessment';

export interface AssessmentList {
  'items'?: (_asn_personnel_v1_Assessment)[];
}

export interface AssessmentList__Output {
  'items': (_asn_personnel_v1_Assessment__Output)[];
}

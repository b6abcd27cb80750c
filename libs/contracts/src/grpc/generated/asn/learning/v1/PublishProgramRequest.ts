// Original file: learning.proto

import type { CompetencyRef as _asn_common_v1_CompetencyRef, CompetencyRef__Output as _asn_common_v1_CompetencyRef__Output } from '../../../asn/common/v1/CompetencyRef';

export interface PublishProgramRequest {
  'code'?: (string);
  'title'?: (string);
  'category'?: (string);
  'mode'?: (string);
  'jp'?: (number);
  'competencies'?: (_asn_common_v1_CompetencyRef)[];
  'partnerId'?: (string);
  '_partnerId'?: "partnerId";
}

export interface PublishProgramRequest__Output {
  'code': (string);
  'title': (string);
  'category': (string);
  'mode': (string);
  'jp': (number);
  'competencies': (_asn_common_v1_CompetencyRef__Output)[];
  'partnerId'?: (string);
}

// Original file: learning.proto

import type { CompetencyRef as _asn_common_v1_CompetencyRef, CompetencyRef__Output as _asn_common_v1_CompetencyRef__Output } from '../../../asn/common/v1/CompetencyRef';

export interface Program {
  'id'?: (string);
  'code'?: (string);
  'title'?: (string);
  'category'?: (string);
  'mode'?: (string);
  'jp'?: (number);
  'competencies'?: (_asn_common_v1_CompetencyRef)[];
  'partnerId'?: (string);
  'createdAt'?: (string);
  /**
   * revisions so far (spec 8.6)
   */
  'revision'?: (number);
  'lastRevisedOn'?: (string);
}

export interface Program__Output {
  'id': (string);
  'code': (string);
  'title': (string);
  'category': (string);
  'mode': (string);
  'jp': (number);
  'competencies': (_asn_common_v1_CompetencyRef__Output)[];
  'partnerId': (string);
  'createdAt': (string);
  /**
   * revisions so far (spec 8.6)
   */
  'revision': (number);
  'lastRevisedOn': (string);
}

// Original file: evaluation.proto

import type { PageRequest as _asn_common_v1_PageRequest, PageRequest__Output as _asn_common_v1_PageRequest__Output } from '../../../asn/common/v1/PageRequest';

export interface ListDueRequest {
  'opd'?: (string);
  /**
   * YYYY-MM-DD, default today
   */
  'asOf'?: (string);
  'page'?: (_asn_common_v1_PageRequest | null);
  /**
   * "upcoming": also the open follow-ups not yet due (spec 8.6)
   */
  'include'?: (string);
}

export interface ListDueRequest__Output {
  'opd': (string);
  /**
   * YYYY-MM-DD, default today
   */
  'asOf': (string);
  'page': (_asn_common_v1_PageRequest__Output | null);
  /**
   * "upcoming": also the open follow-ups not yet due (spec 8.6)
   */
  'include': (string);
}

// Original file: learning.proto

import type { PageRequest as _asn_common_v1_PageRequest, PageRequest__Output as _asn_common_v1_PageRequest__Output } from '../../../asn/common/v1/PageRequest';

export interface ListSessionsRequest {
  'programId'?: (string);
  'page'?: (_asn_common_v1_PageRequest | null);
}

export interface ListSessionsRequest__Output {
  'programId': (string);
  'page': (_asn_common_v1_PageRequest__Output | null);
}

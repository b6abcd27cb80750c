// Original file: learning.proto

import type { PageRequest as _asn_common_v1_PageRequest, PageRequest__Output as _asn_common_v1_PageRequest__Output } from '../../../asn/common/v1/PageRequest';

export interface ListProgramsRequest {
  'category'?: (string);
  'q'?: (string);
  'page'?: (_asn_common_v1_PageRequest | null);
}

export interface ListProgramsRequest__Output {
  'category': (string);
  'q': (string);
  'page': (_asn_common_v1_PageRequest__Output | null);
}

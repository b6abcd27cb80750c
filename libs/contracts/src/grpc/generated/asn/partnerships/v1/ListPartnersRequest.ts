// Original file: partnerships.proto

import type { PageRequest as _asn_common_v1_PageRequest, PageRequest__Output as _asn_common_v1_PageRequest__Output } from '../../../asn/common/v1/PageRequest';

export interface ListPartnersRequest {
  'kind'?: (string);
  'page'?: (_asn_common_v1_PageRequest | null);
}

export interface ListPartnersRequest__Output {
  'kind': (string);
  'page': (_asn_common_v1_PageRequest__Output | null);
}

// Original file: partnerships.proto

import type { PageRequest as _asn_common_v1_PageRequest, PageRequest__Output as _asn_common_v1_PageRequest__Output } from '../../../asn/common/v1/PageRequest';

export interface ListAgreementsRequest {
  'partnerId'?: (string);
  'status'?: (string);
  'page'?: (_asn_common_v1_PageRequest | null);
}

export interface ListAgreementsRequest__Output {
  'partnerId': (string);
  'status': (string);
  'page': (_asn_common_v1_PageRequest__Output | null);
}

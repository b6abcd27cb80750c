// Original file: innovation.proto

import type { PageRequest as _asn_common_v1_PageRequest, PageRequest__Output as _asn_common_v1_PageRequest__Output } from '../../../asn/common/v1/PageRequest';

export interface ListIdeasRequest {
  'status'?: (string);
  'opd'?: (string);
  'category'?: (string);
  'proposerNip'?: (string);
  'page'?: (_asn_common_v1_PageRequest | null);
}

export interface ListIdeasRequest__Output {
  'status': (string);
  'opd': (string);
  'category': (string);
  'proposerNip': (string);
  'page': (_asn_common_v1_PageRequest__Output | null);
}

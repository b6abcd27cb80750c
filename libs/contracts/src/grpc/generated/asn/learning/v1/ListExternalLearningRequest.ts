// Original file: learning.proto

import type { PageRequest as _asn_common_v1_PageRequest, PageRequest__Output as _asn_common_v1_PageRequest__Output } from '../../../asn/common/v1/PageRequest';

export interface ListExternalLearningRequest {
  'nip'?: (string);
  'opd'?: (string);
  'status'?: (string);
  'page'?: (_asn_common_v1_PageRequest | null);
  '_nip'?: "nip";
  '_opd'?: "opd";
  '_status'?: "status";
}

export interface ListExternalLearningRequest__Output {
  'nip'?: (string);
  'opd'?: (string);
  'status'?: (string);
  'page': (_asn_common_v1_PageRequest__Output | null);
}

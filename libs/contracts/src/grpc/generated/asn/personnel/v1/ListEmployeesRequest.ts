// Original file: personnel.proto

import type { PageRequest as _asn_common_v1_PageRequest, PageRequest__Output as _asn_common_v1_PageRequest__Output } from '../../../asn/common/v1/PageRequest';

export interface ListEmployeesRequest {
  'opd'?: (string);
  /**
   * case-insensitive name search
   */
  'q'?: (string);
  'page'?: (_asn_common_v1_PageRequest | null);
  'status'?: (string);
}

export interface ListEmployeesRequest__Output {
  'opd': (string);
  /**
   * case-insensitive name search
   */
  'q': (string);
  'page': (_asn_common_v1_PageRequest__Output | null);
  'status': (string);
}

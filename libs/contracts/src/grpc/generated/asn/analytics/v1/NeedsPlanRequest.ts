// Original file: analytics.proto

import type { PageRequest as _asn_common_v1_PageRequest, PageRequest__Output as _asn_common_v1_PageRequest__Output } from '../../../asn/common/v1/PageRequest';

export interface NeedsPlanRequest {
  'opd'?: (string);
  /**
   * the plan's year (Y+1 of the data year); 0 means next year
   */
  'year'?: (number);
  /**
   * The draft the caller holds (from an earlier answer's `draft`): if it is still the current one,
   * the answer says `unchanged` and carries no entries (the largest OPD's plan is about 1 MB).
   */
  'ifDraft'?: (string);
  /**
   * One page of the entries, in the plan's order, with the whole plan's totals; absent: every entry.
   */
  'page'?: (_asn_common_v1_PageRequest | null);
  '_ifDraft'?: "ifDraft";
}

export interface NeedsPlanRequest__Output {
  'opd': (string);
  /**
   * the plan's year (Y+1 of the data year); 0 means next year
   */
  'year': (number);
  /**
   * The draft the caller holds (from an earlier answer's `draft`): if it is still the current one,
   * the answer says `unchanged` and carries no entries (the largest OPD's plan is about 1 MB).
   */
  'ifDraft'?: (string);
  /**
   * One page of the entries, in the plan's order, with the whole plan's totals; absent: every entry.
   */
  'page': (_asn_common_v1_PageRequest__Output | null);
}

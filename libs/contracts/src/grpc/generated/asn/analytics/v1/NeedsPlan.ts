// Original file: analytics.proto

import type { NeedsPlanEntry as _asn_analytics_v1_NeedsPlanEntry, NeedsPlanEntry__Output as _asn_analytics_v1_NeedsPlanEntry__Output } from '../../../asn/analytics/v1/NeedsPlanEntry';

export interface NeedsPlan {
  'opd'?: (string);
  'year'?: (number);
  'basedOnYear'?: (number);
  'entries'?: (_asn_analytics_v1_NeedsPlanEntry)[];
  /**
   * names this draft: the same draft is the same plan, entry for entry
   */
  'draft'?: (string);
  /**
   * the caller's `if_draft` is current: no entries sent
   */
  'unchanged'?: (boolean);
}

export interface NeedsPlan__Output {
  'opd': (string);
  'year': (number);
  'basedOnYear': (number);
  'entries': (_asn_analytics_v1_NeedsPlanEntry__Output)[];
  /**
   * names this draft: the same draft is the same plan, entry for entry
   */
  'draft': (string);
  /**
   * the caller's `if_draft` is current: no entries sent
   */
  'unchanged': (boolean);
}

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
  /**
   * entries in the whole plan
   */
  'total'?: (number);
  /**
   * JP still missing, summed over the whole plan
   */
  'jpMissingTotal'?: (number | string);
  /**
   * set when a page was asked for
   */
  'page'?: (number);
  'pageSize'?: (number);
  '_page'?: "page";
  '_pageSize'?: "pageSize";
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
  /**
   * entries in the whole plan
   */
  'total': (number);
  /**
   * JP still missing, summed over the whole plan
   */
  'jpMissingTotal': (number);
  /**
   * set when a page was asked for
   */
  'page'?: (number);
  'pageSize'?: (number);
}

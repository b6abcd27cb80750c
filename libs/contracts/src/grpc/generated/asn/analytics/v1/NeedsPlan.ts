// Original file: analytics.proto

import type { NeedsPlanEntry as _asn_analytics_v1_NeedsPlanEntry, NeedsPlanEntry__Output as _asn_analytics_v1_NeedsPlanEntry__Output } from '../../../asn/analytics/v1/NeedsPlanEntry';

export interface NeedsPlan {
  'opd'?: (string);
  'year'?: (number);
  'basedOnYear'?: (number);
  'entries'?: (_asn_analytics_v1_NeedsPlanEntry)[];
}

export interface NeedsPlan__Output {
  'opd': (string);
  'year': (number);
  'basedOnYear': (number);
  'entries': (_asn_analytics_v1_NeedsPlanEntry__Output)[];
}

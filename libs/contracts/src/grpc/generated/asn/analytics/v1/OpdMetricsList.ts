// Original file: analytics.proto

import type { OpdMetrics as _asn_analytics_v1_OpdMetrics, OpdMetrics__Output as _asn_analytics_v1_OpdMetrics__Output } from '../../../asn/analytics/v1/OpdMetrics';

export interface OpdMetricsList {
  'year'?: (number);
  'items'?: (_asn_analytics_v1_OpdMetrics)[];
}

export interface OpdMetricsList__Output {
  'year': (number);
  'items': (_asn_analytics_v1_OpdMetrics__Output)[];
}

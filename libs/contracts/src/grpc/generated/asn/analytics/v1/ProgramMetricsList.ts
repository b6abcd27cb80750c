// Original file: analytics.proto

import type { ProgramMetrics as _asn_analytics_v1_ProgramMetrics, ProgramMetrics__Output as _asn_analytics_v1_ProgramMetrics__Output } from '../../../asn/analytics/v1/ProgramMetrics';

export interface ProgramMetricsList {
  'year'?: (number);
  'items'?: (_asn_analytics_v1_ProgramMetrics)[];
}

export interface ProgramMetricsList__Output {
  'year': (number);
  'items': (_asn_analytics_v1_ProgramMetrics__Output)[];
}

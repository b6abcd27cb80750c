// Original file: analytics.proto

import type { EmployeeMetricsEntry as _asn_analytics_v1_EmployeeMetricsEntry, EmployeeMetricsEntry__Output as _asn_analytics_v1_EmployeeMetricsEntry__Output } from '../../../asn/analytics/v1/EmployeeMetricsEntry';

export interface EmployeeMetricsList {
  'opd'?: (string);
  'year'?: (number);
  'items'?: (_asn_analytics_v1_EmployeeMetricsEntry)[];
}

export interface EmployeeMetricsList__Output {
  'opd': (string);
  'year': (number);
  'items': (_asn_analytics_v1_EmployeeMetricsEntry__Output)[];
}

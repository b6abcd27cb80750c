// Original file: analytics.proto

import type { EmployeeMetrics as _asn_analytics_v1_EmployeeMetrics, EmployeeMetrics__Output as _asn_analytics_v1_EmployeeMetrics__Output } from '../../../asn/analytics/v1/EmployeeMetrics';

export interface EmployeeMetricsEntry {
  'name'?: (string);
  'metrics'?: (_asn_analytics_v1_EmployeeMetrics | null);
}

export interface EmployeeMetricsEntry__Output {
  'name': (string);
  'metrics': (_asn_analytics_v1_EmployeeMetrics__Output | null);
}

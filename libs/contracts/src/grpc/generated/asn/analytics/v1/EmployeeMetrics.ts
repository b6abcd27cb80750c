// Original file: analytics.proto

import type { Jp as _asn_analytics_v1_Jp, Jp__Output as _asn_analytics_v1_Jp__Output } from '../../../asn/analytics/v1/Jp';
import type { Gap as _asn_analytics_v1_Gap, Gap__Output as _asn_analytics_v1_Gap__Output } from '../../../asn/analytics/v1/Gap';
import type { IpAsn as _asn_analytics_v1_IpAsn, IpAsn__Output as _asn_analytics_v1_IpAsn__Output } from '../../../asn/analytics/v1/IpAsn';

export interface EmployeeMetrics {
  'nip'?: (string);
  'opd'?: (string);
  'year'?: (number);
  'jp'?: (_asn_analytics_v1_Jp | null);
  'gaps'?: (_asn_analytics_v1_Gap)[];
  'ipAsn'?: (_asn_analytics_v1_IpAsn | null);
}

export interface EmployeeMetrics__Output {
  'nip': (string);
  'opd': (string);
  'year': (number);
  'jp': (_asn_analytics_v1_Jp__Output | null);
  'gaps': (_asn_analytics_v1_Gap__Output)[];
  'ipAsn': (_asn_analytics_v1_IpAsn__Output | null);
}

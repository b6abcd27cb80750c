// Original file: analytics.proto

import type { IdeaCounts as _asn_analytics_v1_IdeaCounts, IdeaCounts__Output as _asn_analytics_v1_IdeaCounts__Output } from '../../../asn/analytics/v1/IdeaCounts';

export interface OpdMetrics {
  'opd'?: (string);
  'year'?: (number);
  'activeEmployees'?: (number);
  'jpCompliantShare'?: (number | string);
  'averageJp'?: (number | string);
  'averageIpAsn'?: (number | string);
  'ideas'?: (_asn_analytics_v1_IdeaCounts | null);
  'citizensReached'?: (number);
  'activePlacements'?: (number);
  /**
   * active employees left out of average_ip_asn (spec 8.5)
   */
  'ipAsnIncomplete'?: (number);
}

export interface OpdMetrics__Output {
  'opd': (string);
  'year': (number);
  'activeEmployees': (number);
  'jpCompliantShare': (number);
  'averageJp': (number);
  'averageIpAsn': (number);
  'ideas': (_asn_analytics_v1_IdeaCounts__Output | null);
  'citizensReached': (number);
  'activePlacements': (number);
  /**
   * active employees left out of average_ip_asn (spec 8.5)
   */
  'ipAsnIncomplete': (number);
}

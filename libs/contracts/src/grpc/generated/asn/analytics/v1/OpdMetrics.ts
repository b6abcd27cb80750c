// Original file: analytics.proto

import type { IdeaCounts as _asn_analytics_v1_IdeaCounts, IdeaCounts__Output as _asn_analytics_v1_IdeaCounts__Output } from '../../../asn/analytics/v1/IdeaCounts';
import type { JpBucket as _asn_analytics_v1_JpBucket, JpBucket__Output as _asn_analytics_v1_JpBucket__Output } from '../../../asn/analytics/v1/JpBucket';
import type { CategoryCount as _asn_analytics_v1_CategoryCount, CategoryCount__Output as _asn_analytics_v1_CategoryCount__Output } from '../../../asn/analytics/v1/CategoryCount';
import type { IpAsnDimensions as _asn_analytics_v1_IpAsnDimensions, IpAsnDimensions__Output as _asn_analytics_v1_IpAsnDimensions__Output } from '../../../asn/analytics/v1/IpAsnDimensions';
import type { GapSummary as _asn_analytics_v1_GapSummary, GapSummary__Output as _asn_analytics_v1_GapSummary__Output } from '../../../asn/analytics/v1/GapSummary';

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
  /**
   * active employees by JP of the year, in 5-JP steps up to the 20 JP target
   */
  'jpDistribution'?: (_asn_analytics_v1_JpBucket)[];
  /**
   * employees with a complete IP ASN, by category
   */
  'ipAsnCategories'?: (_asn_analytics_v1_CategoryCount)[];
  /**
   * over the complete indices, like average_ip_asn
   */
  'averageIpAsnDimensions'?: (_asn_analytics_v1_IpAsnDimensions | null);
  /**
   * the competencies most employees fall short of (at most 10)
   */
  'topGaps'?: (_asn_analytics_v1_GapSummary)[];
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
  /**
   * active employees by JP of the year, in 5-JP steps up to the 20 JP target
   */
  'jpDistribution': (_asn_analytics_v1_JpBucket__Output)[];
  /**
   * employees with a complete IP ASN, by category
   */
  'ipAsnCategories': (_asn_analytics_v1_CategoryCount__Output)[];
  /**
   * over the complete indices, like average_ip_asn
   */
  'averageIpAsnDimensions': (_asn_analytics_v1_IpAsnDimensions__Output | null);
  /**
   * the competencies most employees fall short of (at most 10)
   */
  'topGaps': (_asn_analytics_v1_GapSummary__Output)[];
}

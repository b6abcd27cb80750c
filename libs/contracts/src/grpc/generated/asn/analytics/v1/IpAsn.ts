// Original file: analytics.proto

import type { IpAsnDimensions as _asn_analytics_v1_IpAsnDimensions, IpAsnDimensions__Output as _asn_analytics_v1_IpAsnDimensions__Output } from '../../../asn/analytics/v1/IpAsnDimensions';
import type { IpAsnSources as _asn_analytics_v1_IpAsnSources, IpAsnSources__Output as _asn_analytics_v1_IpAsnSources__Output } from '../../../asn/analytics/v1/IpAsnSources';

export interface IpAsn {
  'version'?: (string);
  'score'?: (number | string);
  'category'?: (string);
  'dimensions'?: (_asn_analytics_v1_IpAsnDimensions | null);
  /**
   * false when any dimension is missing
   */
  'complete'?: (boolean);
  'sources'?: (_asn_analytics_v1_IpAsnSources | null);
}

export interface IpAsn__Output {
  'version': (string);
  'score': (number);
  'category': (string);
  'dimensions': (_asn_analytics_v1_IpAsnDimensions__Output | null);
  /**
   * false when any dimension is missing
   */
  'complete': (boolean);
  'sources': (_asn_analytics_v1_IpAsnSources__Output | null);
}

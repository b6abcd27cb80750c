// Original file: analytics.proto

import type { Gap as _asn_analytics_v1_Gap, Gap__Output as _asn_analytics_v1_Gap__Output } from '../../../asn/analytics/v1/Gap';
import type { RecommendedProgram as _asn_analytics_v1_RecommendedProgram, RecommendedProgram__Output as _asn_analytics_v1_RecommendedProgram__Output } from '../../../asn/analytics/v1/RecommendedProgram';

export interface NeedsPlanEntry {
  'nip'?: (string);
  'name'?: (string);
  'gaps'?: (_asn_analytics_v1_Gap)[];
  'jpMissing'?: (number | string);
  'recommendedPrograms'?: (_asn_analytics_v1_RecommendedProgram)[];
}

export interface NeedsPlanEntry__Output {
  'nip': (string);
  'name': (string);
  'gaps': (_asn_analytics_v1_Gap__Output)[];
  'jpMissing': (number);
  'recommendedPrograms': (_asn_analytics_v1_RecommendedProgram__Output)[];
}

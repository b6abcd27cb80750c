// Original file: analytics.proto

import type { RecommendedProgram as _asn_analytics_v1_RecommendedProgram, RecommendedProgram__Output as _asn_analytics_v1_RecommendedProgram__Output } from '../../../asn/analytics/v1/RecommendedProgram';

export interface Gap {
  'code'?: (string);
  'type'?: (string);
  'requiredLevel'?: (number);
  'currentLevel'?: (number);
  'gap'?: (number);
  'recommendedPrograms'?: (_asn_analytics_v1_RecommendedProgram)[];
}

export interface Gap__Output {
  'code': (string);
  'type': (string);
  'requiredLevel': (number);
  'currentLevel': (number);
  'gap': (number);
  'recommendedPrograms': (_asn_analytics_v1_RecommendedProgram__Output)[];
}

// Original file: learning.proto

import type { ExternalLearning as _asn_learning_v1_ExternalLearning, ExternalLearning__Output as _asn_learning_v1_ExternalLearning__Output } from '../../../asn/learning/v1/ExternalLearning';

export interface ExternalLearningPage {
  'items'?: (_asn_learning_v1_ExternalLearning)[];
  'page'?: (number);
  'pageSize'?: (number);
  'total'?: (number);
}

export interface ExternalLearningPage__Output {
  'items': (_asn_learning_v1_ExternalLearning__Output)[];
  'page': (number);
  'pageSize': (number);
  'total': (number);
}

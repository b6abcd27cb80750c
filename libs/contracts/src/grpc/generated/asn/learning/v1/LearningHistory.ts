// Original file: learning.proto

import type { LearningHistoryItem as _asn_learning_v1_LearningHistoryItem, LearningHistoryItem__Output as _asn_learning_v1_LearningHistoryItem__Output } from '../../../asn/learning/v1/LearningHistoryItem';

export interface LearningHistory {
  'nip'?: (string);
  'items'?: (_asn_learning_v1_LearningHistoryItem)[];
}

export interface LearningHistory__Output {
  'nip': (string);
  'items': (_asn_learning_v1_LearningHistoryItem__Output)[];
}

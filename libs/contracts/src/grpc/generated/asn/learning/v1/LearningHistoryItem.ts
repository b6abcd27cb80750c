// Original file: learning.proto

import type { Enrollment as _asn_learning_v1_Enrollment, Enrollment__Output as _asn_learning_v1_Enrollment__Output } from '../../../asn/learning/v1/Enrollment';
import type { Program as _asn_learning_v1_Program, Program__Output as _asn_learning_v1_Program__Output } from '../../../asn/learning/v1/Program';
import type { ScheduledSession as _asn_learning_v1_ScheduledSession, ScheduledSession__Output as _asn_learning_v1_ScheduledSession__Output } from '../../../asn/learning/v1/ScheduledSession';
import type { Completion as _asn_learning_v1_Completion, Completion__Output as _asn_learning_v1_Completion__Output } from '../../../asn/learning/v1/Completion';

export interface LearningHistoryItem {
  'enrollment'?: (_asn_learning_v1_Enrollment | null);
  'program'?: (_asn_learning_v1_Program | null);
  'session'?: (_asn_learning_v1_ScheduledSession | null);
  'completion'?: (_asn_learning_v1_Completion | null);
}

export interface LearningHistoryItem__Output {
  'enrollment': (_asn_learning_v1_Enrollment__Output | null);
  'program': (_asn_learning_v1_Program__Output | null);
  'session': (_asn_learning_v1_ScheduledSession__Output | null);
  'completion': (_asn_learning_v1_Completion__Output | null);
}

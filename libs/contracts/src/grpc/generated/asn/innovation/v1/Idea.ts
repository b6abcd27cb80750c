// Original file: innovation.proto

import type { Transition as _asn_innovation_v1_Transition, Transition__Output as _asn_innovation_v1_Transition__Output } from '../../../asn/innovation/v1/Transition';

export interface Idea {
  'id'?: (string);
  'title'?: (string);
  'problem'?: (string);
  'proposal'?: (string);
  'category'?: (string);
  'proposerNip'?: (string);
  'opd'?: (string);
  'status'?: (string);
  'history'?: (_asn_innovation_v1_Transition)[];
  'citizensReached'?: (number);
  'submittedOn'?: (string);
  'launchedOn'?: (string);
}

export interface Idea__Output {
  'id': (string);
  'title': (string);
  'problem': (string);
  'proposal': (string);
  'category': (string);
  'proposerNip': (string);
  'opd': (string);
  'status': (string);
  'history': (_asn_innovation_v1_Transition__Output)[];
  'citizensReached': (number);
  'submittedOn': (string);
  'launchedOn': (string);
}

// Original file: learning.proto

import type { Session as _asn_learning_v1_Session, Session__Output as _asn_learning_v1_Session__Output } from '../../../asn/learning/v1/Session';

export interface SessionPage {
  'items'?: (_asn_learning_v1_Session)[];
  'total'?: (number);
  'page'?: (number);
  'pageSize'?: (number);
}

export interface SessionPage__Output {
  'items': (_asn_learning_v1_Session__Output)[];
  'total': (number);
  'page': (number);
  'pageSize': (number);
}

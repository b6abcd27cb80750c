// Original file: learning.proto

import type { Program as _asn_learning_v1_Program, Program__Output as _asn_learning_v1_Program__Output } from '../../../asn/learning/v1/Program';

export interface ProgramPage {
  'items'?: (_asn_learning_v1_Program)[];
  'total'?: (number);
  'page'?: (number);
  'pageSize'?: (number);
}

export interface ProgramPage__Output {
  'items': (_asn_learning_v1_Program__Output)[];
  'total': (number);
  'page': (number);
  'pageSize': (number);
}

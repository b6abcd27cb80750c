// Original file: evaluation.proto

import type { DueFollowUp as _asn_evaluation_v1_DueFollowUp, DueFollowUp__Output as _asn_evaluation_v1_DueFollowUp__Output } from '../../../asn/evaluation/v1/DueFollowUp';

export interface DueList {
  'items'?: (_asn_evaluation_v1_DueFollowUp)[];
  'asOf'?: (string);
  'total'?: (number);
  'page'?: (number);
  'pageSize'?: (number);
}

export interface DueList__Output {
  'items': (_asn_evaluation_v1_DueFollowUp__Output)[];
  'asOf': (string);
  'total': (number);
  'page': (number);
  'pageSize': (number);
}

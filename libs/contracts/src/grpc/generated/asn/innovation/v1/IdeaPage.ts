// Original file: innovation.proto

import type { Idea as _asn_innovation_v1_Idea, Idea__Output as _asn_innovation_v1_Idea__Output } from '../../../asn/innovation/v1/Idea';

export interface IdeaPage {
  'items'?: (_asn_innovation_v1_Idea)[];
  'total'?: (number);
  'page'?: (number);
  'pageSize'?: (number);
}

export interface IdeaPage__Output {
  'items': (_asn_innovation_v1_Idea__Output)[];
  'total': (number);
  'page': (number);
  'pageSize': (number);
}

// Original file: partnerships.proto

import type { Placement as _asn_partnerships_v1_Placement, Placement__Output as _asn_partnerships_v1_Placement__Output } from '../../../asn/partnerships/v1/Placement';

export interface PlacementList {
  'items'?: (_asn_partnerships_v1_Placement)[];
}

export interface PlacementList__Output {
  'items': (_asn_partnerships_v1_Placement__Output)[];
}

// Original file: partnerships.proto

import type { Partner as _asn_partnerships_v1_Partner, Partner__Output as _asn_partnerships_v1_Partner__Output } from '../../../asn/partnerships/v1/Partner';

export interface PartnerPage {
  'items'?: (_asn_partnerships_v1_Partner)[];
  'total'?: (number);
  'page'?: (number);
  'pageSize'?: (number);
}

export interface PartnerPage__Output {
  'items': (_asn_partnerships_v1_Partner__Output)[];
  'total': (number);
  'page': (number);
  'pageSize': (number);
}

// Original file: partnerships.proto

import type { Agreement as _asn_partnerships_v1_Agreement, Agreement__Output as _asn_partnerships_v1_Agreement__Output } from '../../../asn/partnerships/v1/Agreement';

export interface AgreementPage {
  'items'?: (_asn_partnerships_v1_Agreement)[];
  'total'?: (number);
  'page'?: (number);
  'pageSize'?: (number);
}

export interface AgreementPage__Output {
  'items': (_asn_partnerships_v1_Agreement__Output)[];
  'total': (number);
  'page': (number);
  'pageSize': (number);
}

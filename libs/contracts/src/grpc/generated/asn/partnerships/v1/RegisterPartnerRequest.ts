// Original file: partnerships.proto


export interface RegisterPartnerRequest {
  'name'?: (string);
  'kind'?: (string);
  'city'?: (string);
}

export interface RegisterPartnerRequest__Output {
  'name': (string);
  'kind': (string);
  'city': (string);
}

// Original file: partnerships.proto


export interface SignAgreementRequest {
  'partnerId'?: (string);
  'number'?: (string);
  'title'?: (string);
  'scope'?: (string);
  'startsOn'?: (string);
  'endsOn'?: (string);
}

export interface SignAgreementRequest__Output {
  'partnerId': (string);
  'number': (string);
  'title': (string);
  'scope': (string);
  'startsOn': (string);
  'endsOn': (string);
}

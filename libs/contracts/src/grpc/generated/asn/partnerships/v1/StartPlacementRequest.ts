// Original file: partnerships.proto


export interface StartPlacementRequest {
  'agreementId'?: (string);
  'nip'?: (string);
  'kind'?: (string);
  'startsOn'?: (string);
  'endsOn'?: (string);
  'jp'?: (number);
}

export interface StartPlacementRequest__Output {
  'agreementId': (string);
  'nip': (string);
  'kind': (string);
  'startsOn': (string);
  'endsOn': (string);
  'jp': (number);
}

// Original file: partnerships.proto


export interface ListPlacementsRequest {
  'nip'?: (string);
  'opd'?: (string);
  'status'?: (string);
}

export interface ListPlacementsRequest__Output {
  'nip': (string);
  'opd': (string);
  'status': (string);
}

// Original file: personnel.proto


export interface RecordAssessmentRequest {
  'nip'?: (string);
  'code'?: (string);
  'type'?: (string);
  'level'?: (number);
  'assessedOn'?: (string);
  'method'?: (string);
}

export interface RecordAssessmentRequest__Output {
  'nip': (string);
  'code': (string);
  'type': (string);
  'level': (number);
  'assessedOn': (string);
  'method': (string);
}

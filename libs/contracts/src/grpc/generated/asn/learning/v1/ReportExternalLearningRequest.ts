// Original file: learning.proto


export interface ReportExternalLearningRequest {
  'nip'?: (string);
  'title'?: (string);
  'kind'?: (string);
  'provider'?: (string);
  'jp'?: (number);
  'completedOn'?: (string);
  'fileName'?: (string);
  /**
   * PDF, PNG or JPEG, at most 5 MB
   */
  'file'?: (Buffer | Uint8Array | string);
}

export interface ReportExternalLearningRequest__Output {
  'nip': (string);
  'title': (string);
  'kind': (string);
  'provider': (string);
  'jp': (number);
  'completedOn': (string);
  'fileName': (string);
  /**
   * PDF, PNG or JPEG, at most 5 MB
   */
  'file': (Buffer);
}

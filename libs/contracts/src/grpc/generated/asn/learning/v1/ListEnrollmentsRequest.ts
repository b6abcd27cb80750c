// Original file: learning.proto


export interface ListEnrollmentsRequest {
  'sessionId'?: (string);
  'opd'?: (string);
  '_opd'?: "opd";
}

export interface ListEnrollmentsRequest__Output {
  'sessionId': (string);
  'opd'?: (string);
}

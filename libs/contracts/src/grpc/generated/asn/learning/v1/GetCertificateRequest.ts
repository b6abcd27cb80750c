// Original file: learning.proto


export interface GetCertificateRequest {
  'certificateId'?: (string);
}

export interface GetCertificateRequest__Output {
  'certificateId': (string);
}

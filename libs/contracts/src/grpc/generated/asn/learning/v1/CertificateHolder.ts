// Original file: learning.proto


export interface CertificateHolder {
  'certificateId'?: (string);
  'number'?: (string);
  'nip'?: (string);
}

export interface CertificateHolder__Output {
  'certificateId': (string);
  'number': (string);
  'nip': (string);
}

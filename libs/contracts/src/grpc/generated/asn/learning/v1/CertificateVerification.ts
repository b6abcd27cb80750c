// Original file: learning.proto


export interface CertificateVerification {
  'number'?: (string);
  'programTitle'?: (string);
  'programCode'?: (string);
  'jp'?: (number);
  'completedOn'?: (string);
  'issuedOn'?: (string);
  /**
   * masked: the first letter of each word
   */
  'holderName'?: (string);
  /**
   * masked: the first four digits (the birth year)
   */
  'holderNip'?: (string);
}

export interface CertificateVerification__Output {
  'number': (string);
  'programTitle': (string);
  'programCode': (string);
  'jp': (number);
  'completedOn': (string);
  'issuedOn': (string);
  /**
   * masked: the first letter of each word
   */
  'holderName': (string);
  /**
   * masked: the first four digits (the birth year)
   */
  'holderNip': (string);
}

// Original file: learning.proto


export interface GetCertificateVerificationRequest {
  /**
   * SLTG/2026/000123
   */
  'number'?: (string);
}

export interface GetCertificateVerificationRequest__Output {
  /**
   * SLTG/2026/000123
   */
  'number': (string);
}

// Original file: learning.proto


export interface VerifyCertificateRequest {
  /**
   * SLTG/2026/000123
   */
  'number'?: (string);
}

export interface VerifyCertificateRequest__Output {
  /**
   * SLTG/2026/000123
   */
  'number': (string);
}

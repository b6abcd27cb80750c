// Original file: learning.proto


export interface CertificatePdf {
  'certificateId'?: (string);
  'number'?: (string);
  'pdf'?: (Buffer | Uint8Array | string);
  /**
   * the holder, so the gateway can check who may fetch it
   */
  'nip'?: (string);
}

export interface CertificatePdf__Output {
  'certificateId': (string);
  'number': (string);
  'pdf': (Buffer);
  /**
   * the holder, so the gateway can check who may fetch it
   */
  'nip': (string);
}

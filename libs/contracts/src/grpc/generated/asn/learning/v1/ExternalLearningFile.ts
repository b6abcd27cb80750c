// Original file: learning.proto


export interface ExternalLearningFile {
  'id'?: (string);
  /**
   * whose it is, so the gateway can check who may fetch it
   */
  'nip'?: (string);
  'opd'?: (string);
  'fileName'?: (string);
  'contentType'?: (string);
  'content'?: (Buffer | Uint8Array | string);
}

export interface ExternalLearningFile__Output {
  'id': (string);
  /**
   * whose it is, so the gateway can check who may fetch it
   */
  'nip': (string);
  'opd': (string);
  'fileName': (string);
  'contentType': (string);
  'content': (Buffer);
}

// Original file: learning.proto

import type { Long } from '@grpc/proto-loader';

export interface CertificateFileInfo {
  'fileName'?: (string);
  /**
   * as read from the file itself
   */
  'contentType'?: (string);
  'size'?: (number | string | Long);
  'sha256'?: (string);
}

export interface CertificateFileInfo__Output {
  'fileName': (string);
  /**
   * as read from the file itself
   */
  'contentType': (string);
  'size': (number);
  'sha256': (string);
}

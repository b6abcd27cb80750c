// Original file: personnel.proto


export interface Position {
  'code'?: (string);
  'title'?: (string);
  /**
   * structural | functional | executive
   */
  'kind'?: (string);
}

export interface Position__Output {
  'code': (string);
  'title': (string);
  /**
   * structural | functional | executive
   */
  'kind': (string);
}

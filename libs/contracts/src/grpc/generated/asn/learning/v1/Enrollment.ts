// Original file: learning.proto


export interface Enrollment {
  'id'?: (string);
  'sessionId'?: (string);
  'programId'?: (string);
  'nip'?: (string);
  'opd'?: (string);
  /**
   * enrolled | cancelled | completed
   */
  'status'?: (string);
  'createdAt'?: (string);
}

export interface Enrollment__Output {
  'id': (string);
  'sessionId': (string);
  'programId': (string);
  'nip': (string);
  'opd': (string);
  /**
   * enrolled | cancelled | completed
   */
  'status': (string);
  'createdAt': (string);
}

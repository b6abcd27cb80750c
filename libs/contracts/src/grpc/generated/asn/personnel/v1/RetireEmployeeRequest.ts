// Original file: personnel.proto


export interface RetireEmployeeRequest {
  'nip'?: (string);
  /**
   * YYYY-MM-DD, default today
   */
  'retiredOn'?: (string);
}

export interface RetireEmployeeRequest__Output {
  'nip': (string);
  /**
   * YYYY-MM-DD, default today
   */
  'retiredOn': (string);
}

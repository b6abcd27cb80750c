// Original file: personnel.proto


export interface TransferEmployeeRequest {
  'nip'?: (string);
  'toOpd'?: (string);
  /**
   * YYYY-MM-DD, default today (spec 8.3)
   */
  'effectiveOn'?: (string);
}

export interface TransferEmployeeRequest__Output {
  'nip': (string);
  'toOpd': (string);
  /**
   * YYYY-MM-DD, default today (spec 8.3)
   */
  'effectiveOn': (string);
}

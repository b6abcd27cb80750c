// Original file: personnel.proto

import type { Position as _asn_personnel_v1_Position, Position__Output as _asn_personnel_v1_Position__Output } from '../../../asn/personnel/v1/Position';

export interface RegisterEmployeeRequest {
  'nip'?: (string);
  'name'?: (string);
  'opd'?: (string);
  'position'?: (_asn_personnel_v1_Position | null);
  'grade'?: (string);
  'education'?: (string);
  /**
   * YYYY-MM-DD, default today (spec 8.3)
   */
  'startsOn'?: (string);
}

export interface RegisterEmployeeRequest__Output {
  'nip': (string);
  'name': (string);
  'opd': (string);
  'position': (_asn_personnel_v1_Position__Output | null);
  'grade': (string);
  'education': (string);
  /**
   * YYYY-MM-DD, default today (spec 8.3)
   */
  'startsOn': (string);
}

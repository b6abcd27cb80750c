// Original file: personnel.proto

import type { Position as _asn_personnel_v1_Position, Position__Output as _asn_personnel_v1_Position__Output } from '../../../asn/personnel/v1/Position';

export interface Employee {
  'nip'?: (string);
  'name'?: (string);
  'opd'?: (string);
  'position'?: (_asn_personnel_v1_Position | null);
  'grade'?: (string);
  'education'?: (string);
  /**
   * active | retired
   */
  'status'?: (string);
  'retiredOn'?: (string);
  'createdAt'?: (string);
  'updatedAt'?: (string);
  /**
   * joined the city (spec 8.3)
   */
  'startsOn'?: (string);
  /**
   * in the current OPD since
   */
  'opdSince'?: (string);
}

export interface Employee__Output {
  'nip': (string);
  'name': (string);
  'opd': (string);
  'position': (_asn_personnel_v1_Position__Output | null);
  'grade': (string);
  'education': (string);
  /**
   * active | retired
   */
  'status': (string);
  'retiredOn': (string);
  'createdAt': (string);
  'updatedAt': (string);
  /**
   * joined the city (spec 8.3)
   */
  'startsOn': (string);
  /**
   * in the current OPD since
   */
  'opdSince': (string);
}

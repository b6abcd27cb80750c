// Original file: personnel.proto

import type { Position as _asn_personnel_v1_Position, Position__Output as _asn_personnel_v1_Position__Output } from '../../../asn/personnel/v1/Position';

/**
 * One request may change fields, transfer and retire: all in one write, each with its event.
 */
export interface UpdateEmployeeRequest {
  'nip'?: (string);
  'name'?: (string);
  'position'?: (_asn_personnel_v1_Position | null);
  'grade'?: (string);
  'education'?: (string);
  /**
   * transfer to this OPD
   */
  'opd'?: (string);
  /**
   * YYYY-MM-DD: the transfer's date (spec 8.3), default today
   */
  'effectiveOn'?: (string);
  /**
   * "retired" retires
   */
  'status'?: (string);
  /**
   * YYYY-MM-DD, default today
   */
  'retiredOn'?: (string);
  '_name'?: "name";
  '_grade'?: "grade";
  '_education'?: "education";
  '_opd'?: "opd";
  '_effectiveOn'?: "effectiveOn";
  '_status'?: "status";
  '_retiredOn'?: "retiredOn";
}

/**
 * One request may change fields, transfer and retire: all in one write, each with its event.
 */
export interface UpdateEmployeeRequest__Output {
  'nip': (string);
  'name'?: (string);
  'position': (_asn_personnel_v1_Position__Output | null);
  'grade'?: (string);
  'education'?: (string);
  /**
   * transfer to this OPD
   */
  'opd'?: (string);
  /**
   * YYYY-MM-DD: the transfer's date (spec 8.3), default today
   */
  'effectiveOn'?: (string);
  /**
   * "retired" retires
   */
  'status'?: (string);
  /**
   * YYYY-MM-DD, default today
   */
  'retiredOn'?: (string);
}

// Original file: partnerships.proto


export interface Placement {
  'id'?: (string);
  'agreementId'?: (string);
  'partnerId'?: (string);
  'nip'?: (string);
  'opd'?: (string);
  /**
   * internship | degree | short-course
   */
  'kind'?: (string);
  'startsOn'?: (string);
  'endsOn'?: (string);
  'jp'?: (number);
  /**
   * open | completed
   */
  'status'?: (string);
  'completedOn'?: (string);
}

export interface Placement__Output {
  'id': (string);
  'agreementId': (string);
  'partnerId': (string);
  'nip': (string);
  'opd': (string);
  /**
   * internship | degree | short-course
   */
  'kind': (string);
  'startsOn': (string);
  'endsOn': (string);
  'jp': (number);
  /**
   * open | completed
   */
  'status': (string);
  'completedOn': (string);
}

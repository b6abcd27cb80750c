// Original file: partnerships.proto


export interface Agreement {
  'id'?: (string);
  'partnerId'?: (string);
  'number'?: (string);
  'title'?: (string);
  'scope'?: (string);
  'startsOn'?: (string);
  'endsOn'?: (string);
  /**
   * upcoming | active | ended
   */
  'status'?: (string);
}

export interface Agreement__Output {
  'id': (string);
  'partnerId': (string);
  'number': (string);
  'title': (string);
  'scope': (string);
  'startsOn': (string);
  'endsOn': (string);
  /**
   * upcoming | active | ended
   */
  'status': (string);
}

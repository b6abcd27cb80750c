// Original file: learning.proto


export interface Session {
  'id'?: (string);
  'programId'?: (string);
  'startsOn'?: (string);
  'endsOn'?: (string);
  'capacity'?: (number);
  'enrolled'?: (number);
  'location'?: (string);
}

export interface Session__Output {
  'id': (string);
  'programId': (string);
  'startsOn': (string);
  'endsOn': (string);
  'capacity': (number);
  'enrolled': (number);
  'location': (string);
}

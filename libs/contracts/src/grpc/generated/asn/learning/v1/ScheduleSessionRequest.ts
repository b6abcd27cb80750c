// Original file: learning.proto


export interface ScheduleSessionRequest {
  'programId'?: (string);
  'startsOn'?: (string);
  'endsOn'?: (string);
  'capacity'?: (number);
  'location'?: (string);
  '_location'?: "location";
}

export interface ScheduleSessionRequest__Output {
  'programId': (string);
  'startsOn': (string);
  'endsOn': (string);
  'capacity': (number);
  'location'?: (string);
}

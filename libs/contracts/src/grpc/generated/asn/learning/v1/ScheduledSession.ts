// Original file: learning.proto


/**
 * A session as it was scheduled: when and where, which never changes afterwards. How many seats are
 * taken is the session's own figure, in ListSessions: a history does not carry it (reading it meant
 * reading every session with the NIPs of its seats, issue #13).
 */
export interface ScheduledSession {
  'id'?: (string);
  'programId'?: (string);
  'startsOn'?: (string);
  'endsOn'?: (string);
  'capacity'?: (number);
  'location'?: (string);
}

/**
 * A session as it was scheduled: when and where, which never changes afterwards. How many seats are
 * taken is the session's own figure, in ListSessions: a history does not carry it (reading it meant
 * reading every session with the NIPs of its seats, issue #13).
 */
export interface ScheduledSession__Output {
  'id': (string);
  'programId': (string);
  'startsOn': (string);
  'endsOn': (string);
  'capacity': (number);
  'location': (string);
}

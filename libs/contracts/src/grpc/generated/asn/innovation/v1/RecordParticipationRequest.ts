// Original file: innovation.proto


export interface RecordParticipationRequest {
  'ideaId'?: (string);
  'citizens'?: (number);
  'activity'?: (string);
  'on'?: (string);
}

export interface RecordParticipationRequest__Output {
  'ideaId': (string);
  'citizens': (number);
  'activity': (string);
  'on': (string);
}

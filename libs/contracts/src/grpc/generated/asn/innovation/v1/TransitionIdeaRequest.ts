// Original file: innovation.proto


export interface TransitionIdeaRequest {
  'id'?: (string);
  'to'?: (string);
  'note'?: (string);
  'by'?: (string);
}

export interface TransitionIdeaRequest__Output {
  'id': (string);
  'to': (string);
  'note': (string);
  'by': (string);
}

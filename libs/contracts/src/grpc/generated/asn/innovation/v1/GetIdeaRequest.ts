// Original file: innovation.proto


export interface GetIdeaRequest {
  'id'?: (string);
}

export interface GetIdeaRequest__Output {
  'id': (string);
}

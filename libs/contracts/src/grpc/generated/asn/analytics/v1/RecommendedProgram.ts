// Original file: analytics.proto


export interface RecommendedProgram {
  'id'?: (string);
  'code'?: (string);
  'title'?: (string);
}

export interface RecommendedProgram__Output {
  'id': (string);
  'code': (string);
  'title': (string);
}

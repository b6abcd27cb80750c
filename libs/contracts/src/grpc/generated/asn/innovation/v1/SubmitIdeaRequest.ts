// Original file: innovation.proto


export interface SubmitIdeaRequest {
  'title'?: (string);
  'problem'?: (string);
  'proposal'?: (string);
  'category'?: (string);
  'proposerNip'?: (string);
}

export interface SubmitIdeaRequest__Output {
  'title': (string);
  'problem': (string);
  'proposal': (string);
  'category': (string);
  'proposerNip': (string);
}

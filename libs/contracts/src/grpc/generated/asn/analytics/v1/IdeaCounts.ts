// Original file: analytics.proto


export interface IdeaCounts {
  'submitted'?: (number);
  'approved'?: (number);
  'launched'?: (number);
}

export interface IdeaCounts__Output {
  'submitted': (number);
  'approved': (number);
  'launched': (number);
}

// Original file: innovation.proto


export interface ReportImpactRequest {
  'ideaId'?: (string);
  'indicator'?: (string);
  'value'?: (number | string);
  'unit'?: (string);
  'on'?: (string);
}

export interface ReportImpactRequest__Output {
  'ideaId': (string);
  'indicator': (string);
  'value': (number);
  'unit': (string);
  'on': (string);
}

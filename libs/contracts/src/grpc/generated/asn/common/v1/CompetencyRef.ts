// Original file: common.proto


export interface CompetencyRef {
  'code'?: (string);
  /**
   * managerial | sociocultural | technical
   */
  'type'?: (string);
}

export interface CompetencyRef__Output {
  'code': (string);
  /**
   * managerial | sociocultural | technical
   */
  'type': (string);
}

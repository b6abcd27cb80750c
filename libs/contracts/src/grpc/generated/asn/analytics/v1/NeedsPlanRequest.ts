// Original file: analytics.proto


export interface NeedsPlanRequest {
  'opd'?: (string);
  /**
   * the plan's year (Y+1 of the data year); 0 means next year
   */
  'year'?: (number);
  /**
   * The draft the caller holds (from an earlier answer's `draft`): if it is still the current one,
   * the answer says `unchanged` and carries no entries (the largest OPD's plan is about 1 MB).
   */
  'ifDraft'?: (string);
  '_ifDraft'?: "ifDraft";
}

export interface NeedsPlanRequest__Output {
  'opd': (string);
  /**
   * the plan's year (Y+1 of the data year); 0 means next year
   */
  'year': (number);
  /**
   * The draft the caller holds (from an earlier answer's `draft`): if it is still the current one,
   * the answer says `unchanged` and carries no entries (the largest OPD's plan is about 1 MB).
   */
  'ifDraft'?: (string);
}

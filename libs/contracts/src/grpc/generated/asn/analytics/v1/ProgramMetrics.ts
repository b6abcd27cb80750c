// Original file: analytics.proto


export interface ProgramMetrics {
  'programId'?: (string);
  'year'?: (number);
  'completions'?: (number);
  'averageRelevance'?: (number | string);
  'averageSatisfaction'?: (number | string);
  'averageLearningGain'?: (number | string);
  'averageBehaviorScore'?: (number | string);
  'feedbackCount'?: (number);
  'flaggedForRevision'?: (boolean);
  /**
   * the year's feedback after the last revision: what flagging counts (spec 8.6)
   */
  'feedbackSinceRevision'?: (number);
  /**
   * the last revision up to the year's end
   */
  'lastRevisedOn'?: (string);
  /**
   * shown rounded; flagging compares the exact sum
   */
  'averageRelevanceSinceRevision'?: (number | string);
  /**
   * the programme as published (absent if its publication is not known here)
   */
  'code'?: (string);
  'title'?: (string);
  '_averageRelevance'?: "averageRelevance";
  '_averageSatisfaction'?: "averageSatisfaction";
  '_averageLearningGain'?: "averageLearningGain";
  '_averageBehaviorScore'?: "averageBehaviorScore";
  '_lastRevisedOn'?: "lastRevisedOn";
  '_averageRelevanceSinceRevision'?: "averageRelevanceSinceRevision";
  '_code'?: "code";
  '_title'?: "title";
}

export interface ProgramMetrics__Output {
  'programId': (string);
  'year': (number);
  'completions': (number);
  'averageRelevance'?: (number);
  'averageSatisfaction'?: (number);
  'averageLearningGain'?: (number);
  'averageBehaviorScore'?: (number);
  'feedbackCount': (number);
  'flaggedForRevision': (boolean);
  /**
   * the year's feedback after the last revision: what flagging counts (spec 8.6)
   */
  'feedbackSinceRevision': (number);
  /**
   * the last revision up to the year's end
   */
  'lastRevisedOn'?: (string);
  /**
   * shown rounded; flagging compares the exact sum
   */
  'averageRelevanceSinceRevision'?: (number);
  /**
   * the programme as published (absent if its publication is not known here)
   */
  'code'?: (string);
  'title'?: (string);
}

// Original file: partnerships.proto


export interface CompletePlacementRequest {
  'placementId'?: (string);
  'completedOn'?: (string);
}

export interface CompletePlacementRequest__Output {
  'placementId': (string);
  'completedOn': (string);
}

// Original file: common.proto


export interface Health {
  'status'?: (string);
}

export interface Health__Output {
  'status': (string);
}

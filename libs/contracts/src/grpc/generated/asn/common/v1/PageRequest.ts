// Original file: common.proto


export interface PageRequest {
  /**
   * 1-based; 0 means 1
   */
  'page'?: (number);
  /**
   * 1..100; 0 means 20
   */
  'pageSize'?: (number);
}

export interface PageRequest__Output {
  /**
   * 1-based; 0 means 1
   */
  'page': (number);
  /**
   * 1..100; 0 means 20
   */
  'pageSize': (number);
}

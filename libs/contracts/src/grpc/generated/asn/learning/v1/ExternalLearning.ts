// Original file: learning.proto

import type { CertificateFileInfo as _asn_learning_v1_CertificateFileInfo, CertificateFileInfo__Output as _asn_learning_v1_CertificateFileInfo__Output } from '../../../asn/learning/v1/CertificateFileInfo';

export interface ExternalLearning {
  'id'?: (string);
  'nip'?: (string);
  /**
   * the employee's OPD when it was reported
   */
  'opd'?: (string);
  'title'?: (string);
  'kind'?: (string);
  'provider'?: (string);
  'jp'?: (number);
  'completedOn'?: (string);
  /**
   * reported | verified | rejected
   */
  'status'?: (string);
  'certificate'?: (_asn_learning_v1_CertificateFileInfo | null);
  'reportedAt'?: (string);
  'decidedAt'?: (string);
  /**
   * the admin's sub
   */
  'decidedBy'?: (string);
  /**
   * why it was rejected
   */
  'reason'?: (string);
}

export interface ExternalLearning__Output {
  'id': (string);
  'nip': (string);
  /**
   * the employee's OPD when it was reported
   */
  'opd': (string);
  'title': (string);
  'kind': (string);
  'provider': (string);
  'jp': (number);
  'completedOn': (string);
  /**
   * reported | verified | rejected
   */
  'status': (string);
  'certificate': (_asn_learning_v1_CertificateFileInfo__Output | null);
  'reportedAt': (string);
  'decidedAt': (string);
  /**
   * the admin's sub
   */
  'decidedBy': (string);
  /**
   * why it was rejected
   */
  'reason': (string);
}

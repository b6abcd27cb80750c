// Original file: personnel.proto

import type { Employee as _asn_personnel_v1_Employee, Employee__Output as _asn_personnel_v1_Employee__Output } from '../../../asn/personnel/v1/Employee';

export interface EmployeePage {
  'items'?: (_asn_personnel_v1_Employee)[];
  'total'?: (number);
  'page'?: (number);
  'pageSize'?: (number);
}

export interface EmployeePage__Output {
  'items': (_asn_personnel_v1_Employee__Output)[];
  'total': (number);
  'page': (number);
  'pageSize': (number);
}

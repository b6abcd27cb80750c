// Original file: analytics.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { EmployeeMetrics as _asn_analytics_v1_EmployeeMetrics, EmployeeMetrics__Output as _asn_analytics_v1_EmployeeMetrics__Output } from '../../../asn/analytics/v1/EmployeeMetrics';
import type { EmployeeMetricsList as _asn_analytics_v1_EmployeeMetricsList, EmployeeMetricsList__Output as _asn_analytics_v1_EmployeeMetricsList__Output } from '../../../asn/analytics/v1/EmployeeMetricsList';
import type { EmployeeMetricsRequest as _asn_analytics_v1_EmployeeMetricsRequest, EmployeeMetricsRequest__Output as _asn_analytics_v1_EmployeeMetricsRequest__Output } from '../../../asn/analytics/v1/EmployeeMetricsRequest';
import type { ListEmployeeMetricsRequest as _asn_analytics_v1_ListEmployeeMetricsRequest, ListEmployeeMetricsRequest__Output as _asn_analytics_v1_ListEmployeeMetricsRequest__Output } from '../../../asn/analytics/v1/ListEmployeeMetricsRequest';
import type { ListOpdMetricsRequest as _asn_analytics_v1_ListOpdMetricsRequest, ListOpdMetricsRequest__Output as _asn_analytics_v1_ListOpdMetricsRequest__Output } from '../../../asn/analytics/v1/ListOpdMetricsRequest';
import type { ListProgramMetricsRequest as _asn_analytics_v1_ListProgramMetricsRequest, ListProgramMetricsRequest__Output as _asn_analytics_v1_ListProgramMetricsRequest__Output } from '../../../asn/analytics/v1/ListProgramMetricsRequest';
import type { NeedsPlan as _asn_analytics_v1_NeedsPlan, NeedsPlan__Output as _asn_analytics_v1_NeedsPlan__Output } from '../../../asn/analytics/v1/NeedsPlan';
import type { NeedsPlanRequest as _asn_analytics_v1_NeedsPlanRequest, NeedsPlanRequest__Output as _asn_analytics_v1_NeedsPlanRequest__Output } from '../../../asn/analytics/v1/NeedsPlanRequest';
import type { OpdMetrics as _asn_analytics_v1_OpdMetrics, OpdMetrics__Output as _asn_analytics_v1_OpdMetrics__Output } from '../../../asn/analytics/v1/OpdMetrics';
import type { OpdMetricsList as _asn_analytics_v1_OpdMetricsList, OpdMetricsList__Output as _asn_analytics_v1_OpdMetricsList__Output } from '../../../asn/analytics/v1/OpdMetricsList';
import type { OpdMetricsRequest as _asn_analytics_v1_OpdMetricsRequest, OpdMetricsRequest__Output as _asn_analytics_v1_OpdMetricsRequest__Output } from '../../../asn/analytics/v1/OpdMetricsRequest';
import type { ProgramMetrics as _asn_analytics_v1_ProgramMetrics, ProgramMetrics__Output as _asn_analytics_v1_ProgramMetrics__Output } from '../../../asn/analytics/v1/ProgramMetrics';
import type { ProgramMetricsList as _asn_analytics_v1_ProgramMetricsList, ProgramMetricsList__Output as _asn_analytics_v1_ProgramMetricsList__Output } from '../../../asn/analytics/v1/ProgramMetricsList';
import type { ProgramMetricsRequest as _asn_analytics_v1_ProgramMetricsRequest, ProgramMetricsRequest__Output as _asn_analytics_v1_ProgramMetricsRequest__Output } from '../../../asn/analytics/v1/ProgramMetricsRequest';

export interface AnalyticsClient extends grpc.Client {
  GetEmployeeMetrics(argument: _asn_analytics_v1_EmployeeMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_EmployeeMetrics__Output>): grpc.ClientUnaryCall;
  GetEmployeeMetrics(argument: _asn_analytics_v1_EmployeeMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_analytics_v1_EmployeeMetrics__Output>): grpc.ClientUnaryCall;
  GetEmployeeMetrics(argument: _asn_analytics_v1_EmployeeMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_EmployeeMetrics__Output>): grpc.ClientUnaryCall;
  GetEmployeeMetrics(argument: _asn_analytics_v1_EmployeeMetricsRequest, callback: grpc.requestCallback<_asn_analytics_v1_EmployeeMetrics__Output>): grpc.ClientUnaryCall;
  getEmployeeMetrics(argument: _asn_analytics_v1_EmployeeMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_EmployeeMetrics__Output>): grpc.ClientUnaryCall;
  getEmployeeMetrics(argument: _asn_analytics_v1_EmployeeMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_analytics_v1_EmployeeMetrics__Output>): grpc.ClientUnaryCall;
  getEmployeeMetrics(argument: _asn_analytics_v1_EmployeeMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_EmployeeMetrics__Output>): grpc.ClientUnaryCall;
  getEmployeeMetrics(argument: _asn_analytics_v1_EmployeeMetricsRequest, callback: grpc.requestCallback<_asn_analytics_v1_EmployeeMetrics__Output>): grpc.ClientUnaryCall;
  
  GetNeedsPlan(argument: _asn_analytics_v1_NeedsPlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_NeedsPlan__Output>): grpc.ClientUnaryCall;
  GetNeedsPlan(argument: _asn_analytics_v1_NeedsPlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_analytics_v1_NeedsPlan__Output>): grpc.ClientUnaryCall;
  GetNeedsPlan(argument: _asn_analytics_v1_NeedsPlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_NeedsPlan__Output>): grpc.ClientUnaryCall;
  GetNeedsPlan(argument: _asn_analytics_v1_NeedsPlanRequest, callback: grpc.requestCallback<_asn_analytics_v1_NeedsPlan__Output>): grpc.ClientUnaryCall;
  getNeedsPlan(argument: _asn_analytics_v1_NeedsPlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_NeedsPlan__Output>): grpc.ClientUnaryCall;
  getNeedsPlan(argument: _asn_analytics_v1_NeedsPlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_analytics_v1_NeedsPlan__Output>): grpc.ClientUnaryCall;
  getNeedsPlan(argument: _asn_analytics_v1_NeedsPlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_NeedsPlan__Output>): grpc.ClientUnaryCall;
  getNeedsPlan(argument: _asn_analytics_v1_NeedsPlanRequest, callback: grpc.requestCallback<_asn_analytics_v1_NeedsPlan__Output>): grpc.ClientUnaryCall;
  
  GetOpdMetrics(argument: _asn_analytics_v1_OpdMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_OpdMetrics__Output>): grpc.ClientUnaryCall;
  GetOpdMetrics(argument: _asn_analytics_v1_OpdMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_analytics_v1_OpdMetrics__Output>): grpc.ClientUnaryCall;
  GetOpdMetrics(argument: _asn_analytics_v1_OpdMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_OpdMetrics__Output>): grpc.ClientUnaryCall;
  GetOpdMetrics(argument: _asn_analytics_v1_OpdMetricsRequest, callback: grpc.requestCallback<_asn_analytics_v1_OpdMetrics__Output>): grpc.ClientUnaryCall;
  getOpdMetrics(argument: _asn_analytics_v1_OpdMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_OpdMetrics__Output>): grpc.ClientUnaryCall;
  getOpdMetrics(argument: _asn_analytics_v1_OpdMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_analytics_v1_OpdMetrics__Output>): grpc.ClientUnaryCall;
  getOpdMetrics(argument: _asn_analytics_v1_OpdMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_OpdMetrics__Output>): grpc.ClientUnaryCall;
  getOpdMetrics(argument: _asn_analytics_v1_OpdMetricsRequest, callback: grpc.requestCallback<_asn_analytics_v1_OpdMetrics__Output>): grpc.ClientUnaryCall;
  
  GetProgramMetrics(argument: _asn_analytics_v1_ProgramMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_ProgramMetrics__Output>): grpc.ClientUnaryCall;
  GetProgramMetrics(argument: _asn_analytics_v1_ProgramMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_analytics_v1_ProgramMetrics__Output>): grpc.ClientUnaryCall;
  GetProgramMetrics(argument: _asn_analytics_v1_ProgramMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_ProgramMetrics__Output>): grpc.ClientUnaryCall;
  GetProgramMetrics(argument: _asn_analytics_v1_ProgramMetricsRequest, callback: grpc.requestCallback<_asn_analytics_v1_ProgramMetrics__Output>): grpc.ClientUnaryCall;
  getProgramMetrics(argument: _asn_analytics_v1_ProgramMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_ProgramMetrics__Output>): grpc.ClientUnaryCall;
  getProgramMetrics(argument: _asn_analytics_v1_ProgramMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_analytics_v1_ProgramMetrics__Output>): grpc.ClientUnaryCall;
  getProgramMetrics(argument: _asn_analytics_v1_ProgramMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_ProgramMetrics__Output>): grpc.ClientUnaryCall;
  getProgramMetrics(argument: _asn_analytics_v1_ProgramMetricsRequest, callback: grpc.requestCallback<_asn_analytics_v1_ProgramMetrics__Output>): grpc.ClientUnaryCall;
  
  /**
   * JP, gaps and IP ASN of every active member of an OPD in a year, by name (the console's "JP per employee").
   */
  ListEmployeeMetrics(argument: _asn_analytics_v1_ListEmployeeMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_EmployeeMetricsList__Output>): grpc.ClientUnaryCall;
  ListEmployeeMetrics(argument: _asn_analytics_v1_ListEmployeeMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_analytics_v1_EmployeeMetricsList__Output>): grpc.ClientUnaryCall;
  ListEmployeeMetrics(argument: _asn_analytics_v1_ListEmployeeMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_EmployeeMetricsList__Output>): grpc.ClientUnaryCall;
  ListEmployeeMetrics(argument: _asn_analytics_v1_ListEmployeeMetricsRequest, callback: grpc.requestCallback<_asn_analytics_v1_EmployeeMetricsList__Output>): grpc.ClientUnaryCall;
  /**
   * JP, gaps and IP ASN of every active member of an OPD in a year, by name (the console's "JP per employee").
   */
  listEmployeeMetrics(argument: _asn_analytics_v1_ListEmployeeMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_EmployeeMetricsList__Output>): grpc.ClientUnaryCall;
  listEmployeeMetrics(argument: _asn_analytics_v1_ListEmployeeMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_analytics_v1_EmployeeMetricsList__Output>): grpc.ClientUnaryCall;
  listEmployeeMetrics(argument: _asn_analytics_v1_ListEmployeeMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_EmployeeMetricsList__Output>): grpc.ClientUnaryCall;
  listEmployeeMetrics(argument: _asn_analytics_v1_ListEmployeeMetricsRequest, callback: grpc.requestCallback<_asn_analytics_v1_EmployeeMetricsList__Output>): grpc.ClientUnaryCall;
  
  /**
   * Every OPD's metrics of a year side by side (the city overview, issue #16), by OPD code.
   */
  ListOpdMetrics(argument: _asn_analytics_v1_ListOpdMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_OpdMetricsList__Output>): grpc.ClientUnaryCall;
  ListOpdMetrics(argument: _asn_analytics_v1_ListOpdMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_analytics_v1_OpdMetricsList__Output>): grpc.ClientUnaryCall;
  ListOpdMetrics(argument: _asn_analytics_v1_ListOpdMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_OpdMetricsList__Output>): grpc.ClientUnaryCall;
  ListOpdMetrics(argument: _asn_analytics_v1_ListOpdMetricsRequest, callback: grpc.requestCallback<_asn_analytics_v1_OpdMetricsList__Output>): grpc.ClientUnaryCall;
  /**
   * Every OPD's metrics of a year side by side (the city overview, issue #16), by OPD code.
   */
  listOpdMetrics(argument: _asn_analytics_v1_ListOpdMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_OpdMetricsList__Output>): grpc.ClientUnaryCall;
  listOpdMetrics(argument: _asn_analytics_v1_ListOpdMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_analytics_v1_OpdMetricsList__Output>): grpc.ClientUnaryCall;
  listOpdMetrics(argument: _asn_analytics_v1_ListOpdMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_OpdMetricsList__Output>): grpc.ClientUnaryCall;
  listOpdMetrics(argument: _asn_analytics_v1_ListOpdMetricsRequest, callback: grpc.requestCallback<_asn_analytics_v1_OpdMetricsList__Output>): grpc.ClientUnaryCall;
  
  /**
   * Every programme's effectiveness of a year (the dashboards' programme table, issue #16).
   */
  ListProgramMetrics(argument: _asn_analytics_v1_ListProgramMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_ProgramMetricsList__Output>): grpc.ClientUnaryCall;
  ListProgramMetrics(argument: _asn_analytics_v1_ListProgramMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_analytics_v1_ProgramMetricsList__Output>): grpc.ClientUnaryCall;
  ListProgramMetrics(argument: _asn_analytics_v1_ListProgramMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_ProgramMetricsList__Output>): grpc.ClientUnaryCall;
  ListProgramMetrics(argument: _asn_analytics_v1_ListProgramMetricsRequest, callback: grpc.requestCallback<_asn_analytics_v1_ProgramMetricsList__Output>): grpc.ClientUnaryCall;
  /**
   * Every programme's effectiveness of a year (the dashboards' programme table, issue #16).
   */
  listProgramMetrics(argument: _asn_analytics_v1_ListProgramMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_ProgramMetricsList__Output>): grpc.ClientUnaryCall;
  listProgramMetrics(argument: _asn_analytics_v1_ListProgramMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_analytics_v1_ProgramMetricsList__Output>): grpc.ClientUnaryCall;
  listProgramMetrics(argument: _asn_analytics_v1_ListProgramMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_analytics_v1_ProgramMetricsList__Output>): grpc.ClientUnaryCall;
  listProgramMetrics(argument: _asn_analytics_v1_ListProgramMetricsRequest, callback: grpc.requestCallback<_asn_analytics_v1_ProgramMetricsList__Output>): grpc.ClientUnaryCall;
  
}

export interface AnalyticsHandlers extends grpc.UntypedServiceImplementation {
  GetEmployeeMetrics: grpc.handleUnaryCall<_asn_analytics_v1_EmployeeMetricsRequest__Output, _asn_analytics_v1_EmployeeMetrics>;
  
  GetNeedsPlan: grpc.handleUnaryCall<_asn_analytics_v1_NeedsPlanRequest__Output, _asn_analytics_v1_NeedsPlan>;
  
  GetOpdMetrics: grpc.handleUnaryCall<_asn_analytics_v1_OpdMetricsRequest__Output, _asn_analytics_v1_OpdMetrics>;
  
  GetProgramMetrics: grpc.handleUnaryCall<_asn_analytics_v1_ProgramMetricsRequest__Output, _asn_analytics_v1_ProgramMetrics>;
  
  /**
   * JP, gaps and IP ASN of every active member of an OPD in a year, by name (the console's "JP per employee").
   */
  ListEmployeeMetrics: grpc.handleUnaryCall<_asn_analytics_v1_ListEmployeeMetricsRequest__Output, _asn_analytics_v1_EmployeeMetricsList>;
  
  /**
   * Every OPD's metrics of a year side by side (the city overview, issue #16), by OPD code.
   */
  ListOpdMetrics: grpc.handleUnaryCall<_asn_analytics_v1_ListOpdMetricsRequest__Output, _asn_analytics_v1_OpdMetricsList>;
  
  /**
   * Every programme's effectiveness of a year (the dashboards' programme table, issue #16).
   */
  ListProgramMetrics: grpc.handleUnaryCall<_asn_analytics_v1_ListProgramMetricsRequest__Output, _asn_analytics_v1_ProgramMetricsList>;
  
}

export interface AnalyticsDefinition extends grpc.ServiceDefinition {
  GetEmployeeMetrics: MethodDefinition<_asn_analytics_v1_EmployeeMetricsRequest, _asn_analytics_v1_EmployeeMetrics, _asn_analytics_v1_EmployeeMetricsRequest__Output, _asn_analytics_v1_EmployeeMetrics__Output>
  GetNeedsPlan: MethodDefinition<_asn_analytics_v1_NeedsPlanRequest, _asn_analytics_v1_NeedsPlan, _asn_analytics_v1_NeedsPlanRequest__Output, _asn_analytics_v1_NeedsPlan__Output>
  GetOpdMetrics: MethodDefinition<_asn_analytics_v1_OpdMetricsRequest, _asn_analytics_v1_OpdMetrics, _asn_analytics_v1_OpdMetricsRequest__Output, _asn_analytics_v1_OpdMetrics__Output>
  GetProgramMetrics: MethodDefinition<_asn_analytics_v1_ProgramMetricsRequest, _asn_analytics_v1_ProgramMetrics, _asn_analytics_v1_ProgramMetricsRequest__Output, _asn_analytics_v1_ProgramMetrics__Output>
  ListEmployeeMetrics: MethodDefinition<_asn_analytics_v1_ListEmployeeMetricsRequest, _asn_analytics_v1_EmployeeMetricsList, _asn_analytics_v1_ListEmployeeMetricsRequest__Output, _asn_analytics_v1_EmployeeMetricsList__Output>
  ListOpdMetrics: MethodDefinition<_asn_analytics_v1_ListOpdMetricsRequest, _asn_analytics_v1_OpdMetricsList, _asn_analytics_v1_ListOpdMetricsRequest__Output, _asn_analytics_v1_OpdMetricsList__Output>
  ListProgramMetrics: MethodDefinition<_asn_analytics_v1_ListProgramMetricsRequest, _asn_analytics_v1_ProgramMetricsList, _asn_analytics_v1_ListProgramMetricsRequest__Output, _asn_analytics_v1_ProgramMetricsList__Output>
}

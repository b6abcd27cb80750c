import type { RpcResponse } from '@asn/contracts';

// What the gateway answers, typed from the contracts' gRPC messages it passes on (types only:
// nothing of the contracts library is bundled).
export type OpdMetrics = RpcResponse<'analytics', 'GetOpdMetrics'>;
export type EmployeeMetrics = RpcResponse<'analytics', 'GetEmployeeMetrics'>;
export type Employee = RpcResponse<'personnel', 'GetEmployee'>;
export type LearningItem = RpcResponse<'learning', 'GetLearningHistory'>['items'][number];

/** `GET /v1/employees/{nip}/profile` (spec 6.4): a part is null when its service did not answer, and named in `degraded`. */
export interface Profile {
  employee: Employee | null;
  learning: LearningItem[] | null;
  metrics: EmployeeMetrics | null;
  degraded: string[];
}
export type Program = RpcResponse<'learning', 'GetProgram'>;
export type Session = RpcResponse<'learning', 'ListSessions'>['items'][number];
export type EnrollmentList = RpcResponse<'learning', 'ListEnrollments'>;
export type NeedsPlan = RpcResponse<'analytics', 'GetNeedsPlan'>;
export type EmployeePage = RpcResponse<'personnel', 'ListEmployees'>;
export type IdeaPage = RpcResponse<'innovation', 'ListIdeas'>;
export type Idea = IdeaPage['items'][number];
export type DueList = RpcResponse<'evaluation', 'ListDueBehaviorAssessments'>;
export type ProgramMetrics = RpcResponse<'analytics', 'GetProgramMetrics'>;
export type EmployeeMetricsList = RpcResponse<'analytics', 'ListEmployeeMetrics'>;

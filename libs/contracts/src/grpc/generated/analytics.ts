import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AnalyticsClient as _asn_analytics_v1_AnalyticsClient, AnalyticsDefinition as _asn_analytics_v1_AnalyticsDefinition } from './asn/analytics/v1/Analytics';
import type { CategoryCount as _asn_analytics_v1_CategoryCount, CategoryCount__Output as _asn_analytics_v1_CategoryCount__Output } from './asn/analytics/v1/CategoryCount';
import type { EmployeeMetrics as _asn_analytics_v1_EmployeeMetrics, EmployeeMetrics__Output as _asn_analytics_v1_EmployeeMetrics__Output } from './asn/analytics/v1/EmployeeMetrics';
import type { EmployeeMetricsEntry as _asn_analytics_v1_EmployeeMetricsEntry, EmployeeMetricsEntry__Output as _asn_analytics_v1_EmployeeMetricsEntry__Output } from './asn/analytics/v1/EmployeeMetricsEntry';
import type { EmployeeMetricsList as _asn_analytics_v1_EmployeeMetricsList, EmployeeMetricsList__Output as _asn_analytics_v1_EmployeeMetricsList__Output } from './asn/analytics/v1/EmployeeMetricsList';
import type { EmployeeMetricsRequest as _asn_analytics_v1_EmployeeMetricsRequest, EmployeeMetricsRequest__Output as _asn_analytics_v1_EmployeeMetricsRequest__Output } from './asn/analytics/v1/EmployeeMetricsRequest';
import type { Gap as _asn_analytics_v1_Gap, Gap__Output as _asn_analytics_v1_Gap__Output } from './asn/analytics/v1/Gap';
import type { GapSummary as _asn_analytics_v1_GapSummary, GapSummary__Output as _asn_analytics_v1_GapSummary__Output } from './asn/analytics/v1/GapSummary';
import type { IdeaCounts as _asn_analytics_v1_IdeaCounts, IdeaCounts__Output as _asn_analytics_v1_IdeaCounts__Output } from './asn/analytics/v1/IdeaCounts';
import type { IpAsn as _asn_analytics_v1_IpAsn, IpAsn__Output as _asn_analytics_v1_IpAsn__Output } from './asn/analytics/v1/IpAsn';
import type { IpAsnDimensions as _asn_analytics_v1_IpAsnDimensions, IpAsnDimensions__Output as _asn_analytics_v1_IpAsnDimensions__Output } from './asn/analytics/v1/IpAsnDimensions';
import type { IpAsnSources as _asn_analytics_v1_IpAsnSources, IpAsnSources__Output as _asn_analytics_v1_IpAsnSources__Output } from './asn/analytics/v1/IpAsnSources';
import type { Jp as _asn_analytics_v1_Jp, Jp__Output as _asn_analytics_v1_Jp__Output } from './asn/analytics/v1/Jp';
import type { JpBucket as _asn_analytics_v1_JpBucket, JpBucket__Output as _asn_analytics_v1_JpBucket__Output } from './asn/analytics/v1/JpBucket';
import type { ListEmployeeMetricsRequest as _asn_analytics_v1_ListEmployeeMetricsRequest, ListEmployeeMetricsRequest__Output as _asn_analytics_v1_ListEmployeeMetricsRequest__Output } from './asn/analytics/v1/ListEmployeeMetricsRequest';
import type { ListOpdMetricsRequest as _asn_analytics_v1_ListOpdMetricsRequest, ListOpdMetricsRequest__Output as _asn_analytics_v1_ListOpdMetricsRequest__Output } from './asn/analytics/v1/ListOpdMetricsRequest';
import type { ListProgramMetricsRequest as _asn_analytics_v1_ListProgramMetricsRequest, ListProgramMetricsRequest__Output as _asn_analytics_v1_ListProgramMetricsRequest__Output } from './asn/analytics/v1/ListProgramMetricsRequest';
import type { NeedsPlan as _asn_analytics_v1_NeedsPlan, NeedsPlan__Output as _asn_analytics_v1_NeedsPlan__Output } from './asn/analytics/v1/NeedsPlan';
import type { NeedsPlanEntry as _asn_analytics_v1_NeedsPlanEntry, NeedsPlanEntry__Output as _asn_analytics_v1_NeedsPlanEntry__Output } from './asn/analytics/v1/NeedsPlanEntry';
import type { NeedsPlanRequest as _asn_analytics_v1_NeedsPlanRequest, NeedsPlanRequest__Output as _asn_analytics_v1_NeedsPlanRequest__Output } from './asn/analytics/v1/NeedsPlanRequest';
import type { OpdMetrics as _asn_analytics_v1_OpdMetrics, OpdMetrics__Output as _asn_analytics_v1_OpdMetrics__Output } from './asn/analytics/v1/OpdMetrics';
import type { OpdMetricsList as _asn_analytics_v1_OpdMetricsList, OpdMetricsList__Output as _asn_analytics_v1_OpdMetricsList__Output } from './asn/analytics/v1/OpdMetricsList';
import type { OpdMetricsRequest as _asn_analytics_v1_OpdMetricsRequest, OpdMetricsRequest__Output as _asn_analytics_v1_OpdMetricsRequest__Output } from './asn/analytics/v1/OpdMetricsRequest';
import type { ProgramMetrics as _asn_analytics_v1_ProgramMetrics, ProgramMetrics__Output as _asn_analytics_v1_ProgramMetrics__Output } from './asn/analytics/v1/ProgramMetrics';
import type { ProgramMetricsList as _asn_analytics_v1_ProgramMetricsList, ProgramMetricsList__Output as _asn_analytics_v1_ProgramMetricsList__Output } from './asn/analytics/v1/ProgramMetricsList';
import type { ProgramMetricsRequest as _asn_analytics_v1_ProgramMetricsRequest, ProgramMetricsRequest__Output as _asn_analytics_v1_ProgramMetricsRequest__Output } from './asn/analytics/v1/ProgramMetricsRequest';
import type { RecommendedProgram as _asn_analytics_v1_RecommendedProgram, RecommendedProgram__Output as _asn_analytics_v1_RecommendedProgram__Output } from './asn/analytics/v1/RecommendedProgram';
import type { CompetencyRef as _asn_common_v1_CompetencyRef, CompetencyRef__Output as _asn_common_v1_CompetencyRef__Output } from './asn/common/v1/CompetencyRef';
import type { Empty as _asn_common_v1_Empty, Empty__Output as _asn_common_v1_Empty__Output } from './asn/common/v1/Empty';
import type { Health as _asn_common_v1_Health, Health__Output as _asn_common_v1_Health__Output } from './asn/common/v1/Health';
import type { PageRequest as _asn_common_v1_PageRequest, PageRequest__Output as _asn_common_v1_PageRequest__Output } from './asn/common/v1/PageRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  asn: {
    analytics: {
      v1: {
        Analytics: SubtypeConstructor<typeof grpc.Client, _asn_analytics_v1_AnalyticsClient> & { service: _asn_analytics_v1_AnalyticsDefinition }
        CategoryCount: MessageTypeDefinition<_asn_analytics_v1_CategoryCount, _asn_analytics_v1_CategoryCount__Output>
        EmployeeMetrics: MessageTypeDefinition<_asn_analytics_v1_EmployeeMetrics, _asn_analytics_v1_EmployeeMetrics__Output>
        EmployeeMetricsEntry: MessageTypeDefinition<_asn_analytics_v1_EmployeeMetricsEntry, _asn_analytics_v1_EmployeeMetricsEntry__Output>
        EmployeeMetricsList: MessageTypeDefinition<_asn_analytics_v1_EmployeeMetricsList, _asn_analytics_v1_EmployeeMetricsList__Output>
        EmployeeMetricsRequest: MessageTypeDefinition<_asn_analytics_v1_EmployeeMetricsRequest, _asn_analytics_v1_EmployeeMetricsRequest__Output>
        Gap: MessageTypeDefinition<_asn_analytics_v1_Gap, _asn_analytics_v1_Gap__Output>
        GapSummary: MessageTypeDefinition<_asn_analytics_v1_GapSummary, _asn_analytics_v1_GapSummary__Output>
        IdeaCounts: MessageTypeDefinition<_asn_analytics_v1_IdeaCounts, _asn_analytics_v1_IdeaCounts__Output>
        IpAsn: MessageTypeDefinition<_asn_analytics_v1_IpAsn, _asn_analytics_v1_IpAsn__Output>
        IpAsnDimensions: MessageTypeDefinition<_asn_analytics_v1_IpAsnDimensions, _asn_analytics_v1_IpAsnDimensions__Output>
        IpAsnSources: MessageTypeDefinition<_asn_analytics_v1_IpAsnSources, _asn_analytics_v1_IpAsnSources__Output>
        Jp: MessageTypeDefinition<_asn_analytics_v1_Jp, _asn_analytics_v1_Jp__Output>
        JpBucket: MessageTypeDefinition<_asn_analytics_v1_JpBucket, _asn_analytics_v1_JpBucket__Output>
        ListEmployeeMetricsRequest: MessageTypeDefinition<_asn_analytics_v1_ListEmployeeMetricsRequest, _asn_analytics_v1_ListEmployeeMetricsRequest__Output>
        ListOpdMetricsRequest: MessageTypeDefinition<_asn_analytics_v1_ListOpdMetricsRequest, _asn_analytics_v1_ListOpdMetricsRequest__Output>
        ListProgramMetricsRequest: MessageTypeDefinition<_asn_analytics_v1_ListProgramMetricsRequest, _asn_analytics_v1_ListProgramMetricsRequest__Output>
        NeedsPlan: MessageTypeDefinition<_asn_analytics_v1_NeedsPlan, _asn_analytics_v1_NeedsPlan__Output>
        NeedsPlanEntry: MessageTypeDefinition<_asn_analytics_v1_NeedsPlanEntry, _asn_analytics_v1_NeedsPlanEntry__Output>
        NeedsPlanRequest: MessageTypeDefinition<_asn_analytics_v1_NeedsPlanRequest, _asn_analytics_v1_NeedsPlanRequest__Output>
        OpdMetrics: MessageTypeDefinition<_asn_analytics_v1_OpdMetrics, _asn_analytics_v1_OpdMetrics__Output>
        OpdMetricsList: MessageTypeDefinition<_asn_analytics_v1_OpdMetricsList, _asn_analytics_v1_OpdMetricsList__Output>
        OpdMetricsRequest: MessageTypeDefinition<_asn_analytics_v1_OpdMetricsRequest, _asn_analytics_v1_OpdMetricsRequest__Output>
        ProgramMetrics: MessageTypeDefinition<_asn_analytics_v1_ProgramMetrics, _asn_analytics_v1_ProgramMetrics__Output>
        ProgramMetricsList: MessageTypeDefinition<_asn_analytics_v1_ProgramMetricsList, _asn_analytics_v1_ProgramMetricsList__Output>
        ProgramMetricsRequest: MessageTypeDefinition<_asn_analytics_v1_ProgramMetricsRequest, _asn_analytics_v1_ProgramMetricsRequest__Output>
        RecommendedProgram: MessageTypeDefinition<_asn_analytics_v1_RecommendedProgram, _asn_analytics_v1_RecommendedProgram__Output>
      }
    }
    common: {
      v1: {
        CompetencyRef: MessageTypeDefinition<_asn_common_v1_CompetencyRef, _asn_common_v1_CompetencyRef__Output>
        Empty: MessageTypeDefinition<_asn_common_v1_Empty, _asn_common_v1_Empty__Output>
        Health: MessageTypeDefinition<_asn_common_v1_Health, _asn_common_v1_Health__Output>
        PageRequest: MessageTypeDefinition<_asn_common_v1_PageRequest, _asn_common_v1_PageRequest__Output>
      }
    }
  }
}


/** The app's content types: what pages and components receive from the data layer. */
export type { Activity, ActivityListItem, IatiActivity, ReportingActivity } from './activity'
export type { Money, AnnualBudget, ClusterBudget } from './finance'
export type { Location, ProjectDocumentFile } from './places'
export type { Indicator, IndicatorPeriod, Result } from './results'
export type { Citation, Fact, Source } from './sources'
export type { PolicyMarker, Transaction } from './transactions'
export type { Cluster } from './cluster'
export type { ContentImage } from './image'
export type { ClusterSummary, Project, ProjectListItem } from './joins'
export type { Organization, OrganizationRoleEntry } from './organization'
export type { Localized, PortableTextValue } from './primitives'
export type {
  ActivityTitle,
  ClusterRef,
  Objective,
  ProjectRef,
  ProjectSummary,
  ProjectWithPeriod,
} from './project'
export type { Update, UpdateListItem } from './update'
export type { SiteLogo, SiteSettings } from './site-settings'

import { activity } from './documents/activity'
import { objective } from './documents/objective'
import { organization } from './documents/organization'
import { project } from './documents/project'
import { siteSettings } from './documents/siteSettings'
import { thematicCluster } from './documents/thematicCluster'
import { update } from './documents/update'
import { localeBlockContent, localeString, localeText } from './objects/localized'
import { organizationRole } from './objects/organizationRole'
import { portalImage } from './objects/portal-image'
import { activityCitation, projectCitation } from './donor/citation'
import { contact } from './donor/contact'
import { indicator, indicatorPeriod } from './donor/indicator'
import { location } from './donor/location'
import { annualBudget, clusterBudget, money } from './donor/money'
import { publication } from './donor/publication'
import { result } from './donor/result'
import { source } from './donor/source'
import { policyMarker } from './donor/policy-marker'
import { iatiTransaction } from './donor/transaction'

export const schemaTypes = [
  project,
  objective,
  thematicCluster,
  activity,
  update,
  siteSettings,
  organization,
  result,
  source,
  organizationRole,
  portalImage,
  projectCitation,
  activityCitation,
  money,
  clusterBudget,
  annualBudget,
  iatiTransaction,
  policyMarker,
  contact,
  location,
  publication,
  indicator,
  indicatorPeriod,
  localeString,
  localeText,
  localeBlockContent,
]

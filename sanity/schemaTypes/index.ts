import { activity } from './documents/activity'
import { objective } from './documents/objective'
import { organization } from './documents/organization'
import { project } from './documents/project'
import { thematicCluster } from './documents/thematicCluster'
import { localeBlockContent, localeString, localeText } from './objects/localized'
import { organizationRole } from './objects/organizationRole'

export const schemaTypes = [
  project,
  objective,
  thematicCluster,
  activity,
  organization,
  organizationRole,
  localeString,
  localeText,
  localeBlockContent,
]

import { projectCitedGroups } from '@/lib/content/facts'
import type { Project } from '@/lib/content/schemas'
import { buildSourceIndex } from '@/lib/content/facts'
import { useCitedLabels } from './useCitedLabels'

/** The sources a project's overview cites, numbered the same wherever they are listed. */
export function useProjectSources(project: Project) {
  return buildSourceIndex(projectCitedGroups(project, useCitedLabels()))
}

import { projectCitedGroups } from '@/lib/content/facts'
import type { Project } from '@/lib/content/schemas'
import { buildSourceIndex } from '@/lib/content/facts'
import { useCitedLabels } from './useCitedLabels'

/**
 * Every source of a project, numbered as "About this data" lists them (and as the objectives page
 * cites them).
 */
export function useProjectSources(project: Project) {
  return buildSourceIndex(projectCitedGroups(project, useCitedLabels()))
}

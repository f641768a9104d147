import { fallbackLocaleFor, type Locale } from '../i18n/routing'
import {
  activityQuery,
  clusterQuery,
  homeProjectSlugQuery,
  allActivitiesQuery,
  projectActivitiesQuery,
  projectQuery,
  projectsQuery,
  routeSlugsQuery,
} from './queries'
import {
  activitySchema,
  clusterSchema,
  reportingActivitySchema,
  projectSchema,
  projectListSchema,
  routeSlugsSchema,
  validItem,
  validItems,
} from './schemas'
import type { QueryParams } from './sources/types'
import { TAGS } from './tags'

/** Runs a query; `tags` name what it reads so that a cache in front of it can be invalidated. */
export type QueryRunner = (query: string, params: QueryParams, tags: string[]) => Promise<unknown>

function localeParams(locale: Locale) {
  return { locale, fallbackLocale: fallbackLocaleFor(locale) }
}

/**
 * The portal's content API: pages call these functions and receive validated app types; they
 * never see GROQ. The runner decides where queries run and how results are cached.
 */
export function createRepository(run: QueryRunner) {
  return {
    async getProjects(locale: Locale) {
      const result = await run(projectsQuery, localeParams(locale), [
        TAGS.projects,
        TAGS.organizations,
      ])
      return validItem(projectListSchema, result, 'project list') ?? []
    },

    async getHomeProjectSlug(): Promise<string | null> {
      const result = await run(homeProjectSlugQuery, {}, [TAGS.projects])
      return typeof result === 'string' ? result : null
    },

    async getProject(locale: Locale, slug: string) {
      const result = await run(projectQuery, { ...localeParams(locale), slug }, [
        TAGS.project(slug),
        TAGS.projectContents(slug),
        TAGS.organizations,
      ])
      return validItem(projectSchema, result, 'project')
    },

    async getCluster(locale: Locale, projectSlug: string, slug: string) {
      const result = await run(clusterQuery, { ...localeParams(locale), projectSlug, slug }, [
        TAGS.project(projectSlug),
        TAGS.cluster(projectSlug, slug),
      ])
      return validItem(clusterSchema, result, 'thematic cluster')
    },

    async getActivity(locale: Locale, projectSlug: string, slug: string) {
      const result = await run(activityQuery, { ...localeParams(locale), projectSlug, slug }, [
        TAGS.project(projectSlug),
        TAGS.activity(projectSlug, slug),
        TAGS.organizations,
      ])
      return validItem(activitySchema, result, 'activity')
    },

    async getProjectActivities(locale: Locale, projectSlug: string) {
      const result = await run(projectActivitiesQuery, { ...localeParams(locale), projectSlug }, [
        TAGS.project(projectSlug),
        TAGS.projectActivities(projectSlug),
        TAGS.organizations,
      ])
      return validItems(reportingActivitySchema, result, 'activity')
    },

    async getAllActivities(locale: Locale) {
      const result = await run(allActivitiesQuery, localeParams(locale), [
        TAGS.projects,
        TAGS.organizations,
      ])
      return validItems(reportingActivitySchema, result, 'activity')
    },

    async getRouteSlugs() {
      const result = await run(routeSlugsQuery, {}, [TAGS.projects])
      return validItem(routeSlugsSchema, result, 'route list') ?? []
    },
  }
}

export type ContentRepository = ReturnType<typeof createRepository>

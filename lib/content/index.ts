import 'server-only'
import { unstable_cache } from 'next/cache'
import { draftMode } from 'next/headers'
import { createRepository, type QueryRunner } from './repository'
import { contentSource } from './source'

/** Backstop: cached query results are refreshed at least this often, webhook or not (seconds). */
export const CONTENT_REVALIDATE_SECONDS = 3600

/**
 * Every query result is cached by Next (keyed by query and params, tagged by what it reads), for
 * both sources alike; the webhook route invalidates by tag. `unstable_cache` rather than
 * `'use cache'`: see README, "Caching".
 */
const publishedRunner: QueryRunner = (query, params, tags) =>
  unstable_cache(
    () => contentSource().fetch(query, params),
    ['content', query, JSON.stringify(params)],
    {
      tags,
      revalidate: CONTENT_REVALIDATE_SECONDS,
    },
  )()

/** In draft mode (editor preview) Next bypasses the cache and the source reads drafts. */
const pageRunner: QueryRunner = async (query, params, tags) =>
  (await draftMode()).isEnabled
    ? contentSource().fetch(query, params, { preview: true })
    : publishedRunner(query, params, tags)

export const {
  getProjects,
  getHomeProjectSlug,
  getProject,
  getCluster,
  getActivity,
  getProjectActivities,
  getAllActivities,
} = createRepository(pageRunner)

/** For callers without a request (generateStaticParams, the sitemap): published content only. */
export const { getRouteSlugs } = createRepository(publishedRunner)

export type {
  Activity,
  ActivityListItem,
  Cluster,
  ClusterRef,
  ClusterSummary,
  Localized,
  Objective,
  Organization,
  PortableTextValue,
  Project,
  ReportingActivity,
  ProjectRef,
  ProjectSummary,
} from './schemas'

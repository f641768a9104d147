import 'server-only'
import { unstable_cache } from 'next/cache'
import { draftMode } from 'next/headers'
import { cache } from 'react'
import { createRepository, type QueryRunner } from './repository'
import { contentSource } from './source'

/** Backstop: cached query results are refreshed at least this often, webhook or not (seconds). */
export const CONTENT_REVALIDATE_SECONDS = 3600

/**
 * Every query result is cached by Next (keyed by query and params, tagged by what it reads), for
 * both sources alike; the webhook route invalidates by tag. `unstable_cache` rather than
 * `'use cache'`: see docs/operations.md, "Caching and revalidation".
 */
const publishedRunner: QueryRunner = (query, params, tags) =>
  unstable_cache(
    () => contentSource().fetch(query, params),
    ['content', query, JSON.stringify(params)],
    { tags, revalidate: CONTENT_REVALIDATE_SECONDS },
  )()

/** In draft mode (editor preview) Next bypasses the cache and the source reads drafts. */
const pageRunner: QueryRunner = async (query, params, tags) =>
  (await draftMode()).isEnabled
    ? contentSource().fetch(query, params, { preview: true })
    : publishedRunner(query, params, tags)

const pages = createRepository(pageRunner)

// React's `cache` shares one result per request between generateMetadata and the page (and any
// component asking again), so each query is read from Next's cache once per render.
export const resolveRoute = cache(pages.resolve)
export const getRouteIndex = cache(pages.getRouteIndex)
export const getProjects = cache(pages.getProjects)
export const getHomeProjectSlug = cache(pages.getHomeProjectSlug)
export const getProject = cache(pages.getProject)
export const getCluster = cache(pages.getCluster)
export const getActivity = cache(pages.getActivity)
export const getProjectActivities = cache(pages.getProjectActivities)
export const getAllActivities = cache(pages.getAllActivities)
export const getIatiActivities = cache(pages.getIatiActivities)

/** For callers without a request (generateStaticParams, the sitemap): published content only. */
export const getPublishedRouteIndex = createRepository(publishedRunner).getRouteIndex

import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { PageHeader } from '@/components/PageHeader'
import { Pager } from '@/components/Pager'
import { ProjectCard } from '@/components/project/ProjectCard'
import { read } from '@/lib/content'
import { resolveLocale } from '@/lib/i18n/locale'
import { pageMetadata } from '@/lib/metadata'
import { paths } from '@/lib/paths'
import { redirectToCleanListUrl } from '@/lib/reporting/clean-url'
import type { SearchParams } from '@/lib/reporting/filters'
import { PROJECTS_PAGE_SIZE, pageOf, withPage } from '@/lib/site/paging'

type Params = Promise<{ locale: string }>

/**
 * The project list, `PROJECTS_PAGE_SIZE` a page. Two routes render it: `page.tsx`, the generated
 * first page, and `../paged-projects/page.tsx`, per request, for `?page=N` (next.config.ts rewrites).
 */
export async function projectListMetadata(params: Params): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: 'Projects' })
  return pageMetadata({
    locale,
    path: paths.projects(),
    title: t('title'),
    description: t('description'),
  })
}

export async function ProjectList({
  params,
  searchParams,
}: {
  params: Params
  searchParams: SearchParams
}) {
  const locale = await resolveLocale(params)
  redirectToCleanListUrl(locale, paths.projects(), searchParams)
  // The order first, then only the page's projects whole: at 1,000 projects reading them all
  // took seconds on every page of the list.
  const ids = await read('projectOrder', locale)
  const paged = pageOf(ids, searchParams, PROJECTS_PAGE_SIZE)
  if (!paged) notFound()
  const projects = paged.items.length
    ? ((await read('projectsByIds', locale, undefined, undefined, paged.items)) ?? [])
    : []
  const t = await getTranslations('Projects')
  return (
    <div className="container">
      <PageHeader title={t('title')} byline={t('count', { count: ids.length })} />
      <p className="lead">{t('description')}</p>
      <ul className="card-grid card-grid--wide">
        {projects.map((project) => (
          <ProjectCard key={project.id} project={project} />
        ))}
      </ul>
      <Pager
        page={paged.page}
        pages={paged.pages}
        hrefOf={(n) => `${paths.projects()}${withPage('', n)}`}
        label={t('pagination')}
      />
    </div>
  )
}

import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { PortalHome } from '@/components/home/PortalHome'
import { JsonLd } from '@/components/JsonLd'
import { getRouteIndex, read } from '@/lib/content'
import { latestChange } from '@/lib/content/schemas/routes'
import { resolveLocale } from '@/lib/i18n/locale'
import type { Locale } from '@/lib/i18n/routing'
import { paths } from '@/lib/paths'
import { pageMetadata } from '@/lib/metadata'
import { IOM_GEORGIA_URL } from '@/lib/site/contact'
import { isEuFunded } from '@/lib/site/eu-funding'
import { HOME_UPDATES } from '@/lib/site/updates'
import { websiteJsonLd } from '@/lib/structured-data'

export const revalidate = 3600

/**
 * How many projects the front door shows with their results (each is one more project read); the
 * list of projects has them all.
 */
const HOME_PROJECTS = 6

/** What the portal is, in the page's language: its name and the sentence that says it. */
async function portal(locale: Locale) {
  const [tMeta, tHome] = await Promise.all([
    getTranslations({ locale, namespace: 'Metadata' }),
    getTranslations({ locale, namespace: 'Home' }),
  ])
  return { name: tMeta('siteName'), description: tHome('intro') }
}

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const { name, description } = await portal(locale)
  return pageMetadata({ locale, path: paths.home(), title: name, description, absoluteTitle: true })
}

/**
 * The projects the front door shows, each with when its pages last changed: the home project
 * (featured, else newest) first, then the others newest first, as the list of projects has them.
 */
async function shownProjects(locale: Locale) {
  const [list, index] = await Promise.all([read('projects', locale), getRouteIndex()])
  const first = index.home?.slug
  const ordered = [
    ...list.filter((item) => item.slug === first),
    ...list.filter((item) => item.slug !== first),
  ]
  const shown = await Promise.all(
    ordered.slice(0, HOME_PROJECTS).map(async (item) => {
      const project = await read('project', locale, item.slug)
      const route = index.project(item.slug)
      return project ? [{ project, updatedAt: route ? latestChange(route) : null }] : []
    }),
  )
  return { list, shown: shown.flat() }
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await resolveLocale(params)
  const [{ list, shown }, about, tHeader, updates] = await Promise.all([
    shownProjects(locale),
    portal(locale),
    getTranslations({ locale, namespace: 'Header' }),
    read('updates', locale),
  ])
  return (
    <>
      <JsonLd
        data={websiteJsonLd({
          locale,
          ...about,
          publisher: { name: tHeader('organization'), url: IOM_GEORGIA_URL },
        })}
      />
      <PortalHome
        projects={shown}
        total={list.length}
        euFunded={list.length > 0 && list.every(isEuFunded)}
        updates={updates.slice(0, HOME_UPDATES)}
      />
    </>
  )
}

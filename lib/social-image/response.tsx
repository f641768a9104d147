import 'server-only'
import { hasLocale } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import { ImageResponse } from 'next/og'
import { getPublishedRouteIndex, read, resolveRoute, staticParams } from '@/lib/content'
import type { RouteParams } from '@/lib/content/repository'
import { isSlug } from '@/lib/content/slug'
import { routing, type Locale } from '@/lib/i18n/routing'
import { notFoundResponse } from '@/lib/not-found-response'
import { getSiteFacts } from '@/lib/site/facts'
import { socialImageFonts } from './fonts'
import { SOCIAL_IMAGE_SIZE, SocialCard } from './SocialCard'

/**
 * The social preview images (Open Graph and X cards): one per project, cluster and activity,
 * showing its name, and one for the portal. Route handlers under app/ serve them as PNG, cached
 * like the pages: generated at build where the pages are, tagged by the same reads, refreshed by
 * the same webhook and hourly backstop. An address that leads nowhere answers 404, which no cache
 * keeps.
 */

type Subject = { title: string; context: string | null }

/** Whether an address leads to a page now (a renamed slug's page redirects: it has no image). */
async function leadsToPage(route: RouteParams): Promise<boolean> {
  const slugs = [route.project, route.cluster, route.activity]
  if (!slugs.every((slug) => slug === undefined || isSlug(slug))) return false
  return (await resolveRoute(route.project, route.cluster, route.activity)).status === 'found'
}

/** What each image shows, read as its page reads it; null where the address leads nowhere. */
export const socialImageSubjects = {
  async site(locale: Locale): Promise<Subject> {
    const t = await getTranslations({ locale, namespace: 'Metadata' })
    return { title: t('siteName'), context: null }
  },
  async project(locale: Locale, { project }: { project: string }): Promise<Subject | null> {
    if (!(await leadsToPage({ project }))) return null
    const data = await read('project', locale, project)
    return data ? { title: data.title.value, context: null } : null
  },
  async cluster(locale: Locale, route: { project: string; cluster: string }) {
    if (!(await leadsToPage(route))) return null
    const data = await read('cluster', locale, route.project, route.cluster)
    return data ? { title: data.title.value, context: data.project.title.value } : null
  },
  async activity(locale: Locale, route: { project: string; activity: string }) {
    if (!(await leadsToPage(route))) return null
    const data = await read('activity', locale, route.project, route.activity)
    return data ? { title: data.title.value, context: data.project.title.value } : null
  },
  /** An update out by now in this language (read as its page reads it). */
  async update(locale: Locale, { slug }: { slug: string }): Promise<Subject | null> {
    if (!isSlug(slug)) return null
    const data = await read('update', locale, undefined, slug)
    return data
      ? { title: data.title.value, context: data.namedProject?.title.value ?? null }
      : null
  },
}

/** The page parameters of `list` in every language: the images generated at build. */
const inEveryLocale =
  <P extends object>(list: () => Promise<P[]>) =>
  async () => {
    const params = await list()
    return routing.locales.flatMap((locale) => params.map((p) => ({ locale, ...p })))
  }

/** What is generated at build: the images of the pages generated at build. */
export const socialImageParams = {
  site: async () => routing.locales.map((locale) => ({ locale })),
  project: inEveryLocale(staticParams.project),
  cluster: inEveryLocale(staticParams.cluster),
  activity: inEveryLocale(staticParams.activity),
  update: async () => {
    const { updates } = await getPublishedRouteIndex()
    return routing.locales.flatMap((locale) =>
      updates.visible(locale).map((update) => ({ locale, slug: update.slug })),
    )
  },
}

/** The image's description (`og:image:alt`): what it says, in the page's language. */
export async function socialImageAlt(locale: Locale, title: string): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'SocialImage' })
  const tHeader = await getTranslations({ locale, namespace: 'Header' })
  const tEu = await getTranslations({ locale, namespace: 'EuFunding' })
  const { euFunded } = await getSiteFacts()
  const organization = tHeader('organization')
  return euFunded
    ? t('altFunded', { title, organization, statement: tEu('statement') })
    : t('alt', { title, organization })
}

/** The PNG of one subject in one language. */
export async function socialImageResponse(locale: Locale, subject: Subject): Promise<Response> {
  const [tHeader, tMetadata, tEu, facts, fonts] = await Promise.all([
    getTranslations({ locale, namespace: 'Header' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    getTranslations({ locale, namespace: 'EuFunding' }),
    getSiteFacts(),
    socialImageFonts(),
  ])
  const image = new ImageResponse(
    <SocialCard
      {...subject}
      organization={tHeader('organization')}
      portal={tMetadata('siteName')}
      euStatement={facts.euFunded ? tEu('statement') : null}
    />,
    { ...SOCIAL_IMAGE_SIZE, fonts },
  )
  // next/og says "max-age=0"; without a header of its own the image is sent with the page's
  // Cache-Control, which Next derives from the route's revalidation.
  const headers = new Headers(image.headers)
  headers.delete('cache-control')
  return new Response(image.body, { status: 200, headers })
}

/**
 * The GET handler of one kind of image: 404 for an unknown language or an address that leads
 * nowhere (never cached, so made-up addresses grow nothing).
 */
export function socialImageRoute<P extends object>(
  subjectOf: (locale: Locale, params: P) => Promise<Subject | null>,
) {
  return async function GET(
    _request: Request,
    { params }: { params: Promise<P & { locale: string }> },
  ) {
    const route = await params
    const { locale } = route
    if (!hasLocale(routing.locales, locale)) return notFoundResponse()
    const subject = await subjectOf(locale, route)
    return subject ? socialImageResponse(locale, subject) : notFoundResponse()
  }
}

/**
 * What each image route exports besides its segment config (which Next reads as literals in the
 * route file): the images generated at build and the handler.
 */
export const socialImageRoutes = {
  site: {
    generateStaticParams: socialImageParams.site,
    GET: socialImageRoute(socialImageSubjects.site),
  },
  project: {
    generateStaticParams: socialImageParams.project,
    GET: socialImageRoute(socialImageSubjects.project),
  },
  cluster: {
    generateStaticParams: socialImageParams.cluster,
    GET: socialImageRoute(socialImageSubjects.cluster),
  },
  update: {
    generateStaticParams: socialImageParams.update,
    GET: socialImageRoute(socialImageSubjects.update),
  },
  activity: {
    generateStaticParams: socialImageParams.activity,
    GET: socialImageRoute(socialImageSubjects.activity),
  },
}

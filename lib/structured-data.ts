import type { Project } from './content/schemas'
import type { Locale } from './i18n/routing'
import { absoluteUrl } from './site'
import { paths } from './paths'

/** schema.org description of a project, built only from what the CMS holds. */
export function projectJsonLd(project: Project, locale: Locale) {
  const organization = (role: string) =>
    project.organizations
      .filter((entry) => entry.role === role)
      .map(({ organization: org }) => ({
        '@type': 'Organization',
        name: org.name.value,
        ...(org.acronym ? { alternateName: org.acronym.value } : {}),
        ...(org.website ? { url: org.website } : {}),
      }))
  return {
    '@context': 'https://schema.org',
    '@type': 'Project',
    name: project.title.value,
    alternateName: project.shortTitle.value,
    ...(project.summary ? { description: project.summary.value } : {}),
    url: absoluteUrl(paths.project(project.slug), locale),
    inLanguage: locale,
    foundingDate: project.startDate,
    ...(project.actualEnd ? { dissolutionDate: project.actualEnd } : {}),
    areaServed: { '@type': 'Country', name: project.country },
    funder: organization('donor'),
    member: organization('implementer'),
  }
}

/**
 * schema.org description of the portal itself, for its home page: a website in one language,
 * published by IOM (its name and public site as the footer gives them).
 */
export function websiteJsonLd({
  locale,
  name,
  description,
  publisher,
}: {
  locale: Locale
  name: string
  description: string
  publisher: { name: string; url: string }
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name,
    description,
    url: absoluteUrl(paths.home(), locale),
    inLanguage: locale,
    publisher: { '@type': 'Organization', name: publisher.name, url: publisher.url },
  }
}

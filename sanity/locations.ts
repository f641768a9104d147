import { getPathname } from '../lib/i18n/navigation'
import { paths } from '../lib/paths'
import { studioLanguages } from './lib/locales'

/** What the Presentation tool selects of a document to place it on the site. */
export type Located = { slug?: string; projectSlug?: string; title?: string }

/** The locale-less path of each document type's page (null: it has none yet, e.g. no slug). */
export const pagePaths = {
  project: (doc: Located) => (doc.slug ? paths.project(doc.slug) : null),
  objective: (doc: Located) => (doc.projectSlug ? paths.objectives(doc.projectSlug) : null),
  thematicCluster: (doc: Located) =>
    doc.slug && doc.projectSlug ? paths.cluster(doc.projectSlug, doc.slug) : null,
  activity: (doc: Located) =>
    doc.slug && doc.projectSlug ? paths.activity(doc.projectSlug, doc.slug) : null,
  update: (doc: Located) => (doc.slug ? paths.update(doc.slug) : null),
}

/** A document's page in every language, as the Presentation tool lists them (null: none). */
export function pageLocations(make: (doc: Located) => string | null, doc: Located | null) {
  const path = doc ? make(doc) : null
  if (!path) return null
  return {
    locations: studioLanguages.map(({ id, title }) => ({
      title: `${doc?.title ?? 'Page'} (${title})`,
      href: getPathname({ href: path, locale: id }),
    })),
  }
}

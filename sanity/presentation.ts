import { defineLocations, type PresentationPluginOptions } from 'sanity/presentation'
import { getPathname } from '../lib/i18n/navigation'
import { paths } from '../lib/paths'
import { studioLanguages } from './lib/locales'

type Located = { slug?: string; projectSlug?: string; title?: string }

/** Where each document appears on the site, in both languages (Presentation tool). */
function locations(make: (doc: Located) => string | null) {
  return defineLocations({
    select: { slug: 'slug.current', projectSlug: 'project.slug.current', title: 'title.en' },
    resolve: (doc) => {
      const path = doc ? make(doc) : null
      if (!path) return null
      return {
        locations: studioLanguages.map(({ id, title }) => ({
          title: `${doc?.title ?? 'Page'} (${title})`,
          href: getPathname({ href: path, locale: id }),
        })),
      }
    },
  })
}

export const resolve: PresentationPluginOptions['resolve'] = {
  locations: {
    project: locations((doc) => (doc.slug ? paths.project(doc.slug) : null)),
    objective: locations((doc) => (doc.projectSlug ? paths.objectives(doc.projectSlug) : null)),
    thematicCluster: locations((doc) =>
      doc.slug && doc.projectSlug ? paths.cluster(doc.projectSlug, doc.slug) : null,
    ),
    activity: locations((doc) =>
      doc.slug && doc.projectSlug ? paths.activity(doc.projectSlug, doc.slug) : null,
    ),
    update: locations((doc) => (doc.slug ? paths.update(doc.slug) : null)),
  },
}

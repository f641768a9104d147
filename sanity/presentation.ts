import { defineLocations, type PresentationPluginOptions } from 'sanity/presentation'
import { paths } from '../lib/paths'

type Located = { slug?: string; projectSlug?: string; title?: string }

/** Where each document appears on the site, in both languages (Presentation tool). */
function locations(make: (doc: Located) => string | null) {
  return defineLocations({
    select: { slug: 'slug.current', projectSlug: 'project.slug.current', title: 'title.en' },
    resolve: (doc) => {
      const path = doc ? make(doc) : null
      if (!path) return null
      return {
        locations: [
          { title: `${doc?.title ?? 'Page'} (English)`, href: `/en${path}` },
          { title: `${doc?.title ?? 'Page'} (ქართული)`, href: `/ka${path}` },
        ],
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
  },
}

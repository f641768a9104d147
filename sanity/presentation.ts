import { defineLocations, type PresentationPluginOptions } from 'sanity/presentation'
import { pageLocations, pagePaths, type Located } from './locations'

/** Where each document appears on the site, in both languages (Presentation tool). */
function locations(make: (doc: Located) => string | null) {
  return defineLocations({
    select: { slug: 'slug.current', projectSlug: 'project.slug.current', title: 'title.en' },
    resolve: (doc) => pageLocations(make, doc),
  })
}

export const resolve: PresentationPluginOptions['resolve'] = {
  locations: {
    project: locations(pagePaths.project),
    objective: locations(pagePaths.objective),
    thematicCluster: locations(pagePaths.thematicCluster),
    activity: locations(pagePaths.activity),
    update: locations(pagePaths.update),
  },
}

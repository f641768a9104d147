/**
 * Every GROQ query of the portal. They run unchanged on the embedded dataset (groq-js) and on
 * Sanity's Content Lake. Values always travel as $params; the only composition is of the constant
 * projection fragments below.
 *
 * Localised fields come back as { value, lang }: the requested language when it is filled in, else
 * the other one (`coalesce`), and `lang` says which, so the page can mark fallback text with `lang`.
 */
import { defineQuery } from 'groq'

function localizedValue(field: string): string {
  return `{
    "value": coalesce(${field}[$locale], ${field}[$fallbackLocale]),
    "lang": select(defined(${field}[$locale]) => $locale, defined(${field}[$fallbackLocale]) => $fallbackLocale)
  }`
}

/** { value, lang } for a required localised field, falling back from $locale to $fallbackLocale. */
function localized(field: string): string {
  return `"${field}": ${localizedValue(field)}`
}

/** Like `localized`, but null when the field is not filled in at all. */
function optionalLocalized(field: string): string {
  return `"${field}": select(defined(${field}) => ${localizedValue(field)})`
}

const organizationFields = `
  _id,
  "slug": slug.current,
  ${localized('name')},
  ${optionalLocalized('acronym')},
  organizationType,
  iatiIdentifier,
  website
`

const projectSummaryFields = `
  _id,
  "slug": slug.current,
  ${localized('title')},
  ${localized('shortTitle')},
  ${localized('summary')},
  startDate,
  plannedEnd,
  actualEnd,
  status,
  country,
  "organizations": organizations[]{ role, "organization": organization->{ ${organizationFields} } }
`

const projectRefFields = `_id, "slug": slug.current, ${localized('title')}, ${localized('shortTitle')}`

const clusterRefFields = `_id, "slug": slug.current, order, ${localized('title')}, ${optionalLocalized('shortTitle')}`

const activityListFields = `
  _id,
  "slug": slug.current,
  order,
  ${localized('title')},
  status,
  startDate,
  endDate,
  "organizations": organizations[]->{ ${organizationFields} }
`

/**
 * Every published project, newest first, and the project of every activity (counted in code: a
 * count sub-query per project would scan the whole dataset once per project, quadratic in groq-js).
 */
export const projectsQuery = defineQuery(`{
  "projects": *[_type == "project" && defined(slug.current)] | order(startDate desc, _id asc) { ${projectSummaryFields} },
  "activityProjects": *[_type == "activity"].project._ref
}`)

/** The slug of the project the home page shows: a featured one, else the newest. */
export const homeProjectSlugQuery = defineQuery(`
  *[_type == "project" && defined(slug.current)] | order(featured desc, startDate desc, _id asc)[0].slug.current
`)

/**
 * One project with its objectives, clusters and organisations. Its activities come as one flat list
 * that the schema groups by cluster: a sub-query per cluster would scan the dataset once per cluster.
 */
export const projectQuery = defineQuery(`
  *[_type == "project" && slug.current == $slug][0] {
    ${projectSummaryFields},
    ${localized('description')},
    ${localized('generalObjective')},
    ${optionalLocalized('fundingProgramme')},
    sectorCodes,
    iatiIdentifier,
    "objectives": *[_type == "objective" && project._ref == ^._id] | order(order asc, _id asc) {
      _id, "slug": slug.current, order, ${localized('title')}, ${localized('description')}
    },
    "clusters": *[_type == "thematicCluster" && project._ref == ^._id] | order(order asc, _id asc) {
      ${clusterRefFields}
    },
    "activities": *[_type == "activity" && project._ref == ^._id] | order(order asc, _id asc) {
      _id, "slug": slug.current, order, ${localized('title')}, "cluster": cluster._ref
    }
  }
`)

/** A thematic cluster of a project, with its activities in order. */
export const clusterQuery = defineQuery(`
  *[_type == "thematicCluster" && slug.current == $slug && project->slug.current == $projectSlug][0] {
    ${clusterRefFields},
    ${optionalLocalized('description')},
    "project": project->{ ${projectRefFields} },
    "activities": *[_type == "activity" && cluster._ref == ^._id] | order(order asc, _id asc) { ${activityListFields} }
  }
`)

/** One activity of a project, with its cluster, project and organisations. */
export const activityQuery = defineQuery(`
  *[_type == "activity" && slug.current == $slug && project->slug.current == $projectSlug][0] {
    ${activityListFields},
    ${optionalLocalized('description')},
    "cluster": cluster->{ ${clusterRefFields} },
    "project": project->{ ${projectRefFields}, startDate, plannedEnd, actualEnd }
  }
`)

const reportingActivityFields = `
  ${activityListFields},
  "cluster": cluster->{ ${clusterRefFields} },
  "project": project->{ ${projectRefFields}, startDate, plannedEnd, actualEnd }
`

/** Every activity of a project, in cluster order then activity order (the donor list). */
export const projectActivitiesQuery = defineQuery(`
  *[_type == "activity" && project->slug.current == $projectSlug] | order(cluster->order asc, order asc, _id asc) {
    ${reportingActivityFields}
  }
`)

/** Every activity of every project, newest project first (the donor list across projects). */
export const allActivitiesQuery = defineQuery(`
  *[_type == "activity" && defined(project->slug.current)] | order(project->startDate desc, project->slug.current asc, cluster->order asc, order asc, _id asc) {
    ${reportingActivityFields}
  }
`)

/**
 * Every routable slug, for prerendering and the sitemap. Three flat lists grouped in code: a
 * sub-query per project would scan the whole dataset once per project (quadratic in groq-js).
 */
export const routeSlugsQuery = defineQuery(`{
  "projects": *[_type == "project" && defined(slug.current)] | order(startDate desc, _id asc) {
    _id, "slug": slug.current, _updatedAt, "featured": featured == true
  },
  "clusters": *[_type == "thematicCluster" && defined(slug.current)] | order(order asc, _id asc) {
    "project": project._ref, "slug": slug.current, _updatedAt
  },
  "activities": *[_type == "activity" && defined(slug.current)] | order(order asc, _id asc) {
    "project": project._ref, "slug": slug.current, _updatedAt
  }
}`)

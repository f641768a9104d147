/**
 * Every GROQ query of the portal. They run unchanged on the embedded dataset (groq-js) and on
 * Sanity's Content Lake; values always travel as $params. Localised fields come back whole
 * (`{ka, en}`): the data layer picks the language in code (lib/content/schemas/primitives.ts), so
 * one cached result serves both languages and TypeGen can type every field.
 *
 * Fragments are plain constants (TypeGen resolves constants, not function calls). Lists are flat
 * and joined in code (lib/content/schemas/joins.ts): a sub-query per item would scan the whole
 * dataset once per item in groq-js.
 */
import { defineQuery } from 'groq'

const organizationFields = /* groq */ `
  "id": _id,
  "slug": slug.current,
  name,
  acronym,
  "type": organizationType,
  iatiIdentifier,
  website
`

const projectRefFields = /* groq */ `"id": _id, "slug": slug.current, title, shortTitle`

const projectPeriodFields = /* groq */ `startDate, plannedEnd, actualEnd`

const clusterRefFields = /* groq */ `"id": _id, "slug": slug.current, order, title, shortTitle`

const activityItemFields = /* groq */ `
  "id": _id,
  "slug": slug.current,
  order,
  title,
  status,
  startDate,
  endDate,
  "organizations": organizations[]->{ ${organizationFields} }
`

/**
 * Everything that decides which documents have pages: ids, slugs (and earlier slugs, for
 * redirects), the links between them and the fields a page cannot do without. The data layer
 * validates this once (lib/content/schemas/routes.ts) and every page, list, sitemap and export
 * goes by the result.
 */
export const routeIndexQuery = defineQuery(`{
  "projects": *[_type == "project"] | order(_id asc) {
    "id": _id, "slug": slug.current, previousSlugs, _updatedAt, featured, title, startDate
  },
  "clusters": *[_type == "thematicCluster"] | order(_id asc) {
    "id": _id, "slug": slug.current, previousSlugs, _updatedAt, order, title, "project": project._ref
  },
  "activities": *[_type == "activity"] | order(_id asc) {
    "id": _id, "slug": slug.current, previousSlugs, _updatedAt, order, title,
    "project": project._ref, "cluster": cluster._ref
  }
}`)

const projectSummaryFields = /* groq */ `
  "id": _id,
  "slug": slug.current,
  title,
  shortTitle,
  summary,
  ${projectPeriodFields},
  status,
  country,
  "organizations": organizations[]{ role, "organization": organization->{ ${organizationFields} } }
`

/** Every project (the route index decides which are listed). */
export const projectsQuery = defineQuery(`
  *[_type == "project"] | order(startDate desc, _id asc) { ${projectSummaryFields} }
`)

/** One project with its objectives, and its clusters and activities as two flat lists. */
export const projectQuery = defineQuery(`
  *[_type == "project" && _id == $id][0] {
    ${projectSummaryFields},
    description,
    generalObjective,
    fundingProgramme,
    sectorCodes,
    iatiIdentifier,
    "objectives": *[_type == "objective" && project._ref == ^._id] | order(order asc, _id asc) {
      "id": _id, "slug": slug.current, order, title, description
    },
    "clusters": *[_type == "thematicCluster" && project._ref == ^._id] | order(order asc, _id asc) {
      ${clusterRefFields}
    },
    "activities": *[_type == "activity" && project._ref == ^._id] | order(order asc, _id asc) {
      "id": _id, "slug": slug.current, order, title, "cluster": cluster._ref
    }
  }
`)

/** A thematic cluster with its project and its activities in order. */
export const clusterQuery = defineQuery(`
  *[_type == "thematicCluster" && _id == $id][0] {
    ${clusterRefFields},
    description,
    "project": project->{ ${projectRefFields} },
    "activities": *[_type == "activity" && cluster._ref == ^._id] | order(order asc, _id asc) {
      ${activityItemFields}
    }
  }
`)

/** One activity with its cluster, project and organisations. */
export const activityQuery = defineQuery(`
  *[_type == "activity" && _id == $id][0] {
    ${activityItemFields},
    description,
    "cluster": cluster->{ ${clusterRefFields} },
    "project": project->{ ${projectRefFields}, ${projectPeriodFields} }
  }
`)

const reportingActivityFields = /* groq */ `
  ${activityItemFields},
  "search": { title, "cluster": cluster->{ title, shortTitle }, "organizations": organizations[]->{ name, acronym } },
  "cluster": cluster->{ ${clusterRefFields} },
  "project": project->{ ${projectRefFields}, ${projectPeriodFields} }
`

/** Every activity of a project, in cluster order then activity order (the donor list). */
export const projectActivitiesQuery = defineQuery(`
  *[_type == "activity" && project._ref == $projectId] | order(cluster->order asc, order asc, _id asc) {
    ${reportingActivityFields}
  }
`)

/** Every activity of every project, newest project first (the donor list across projects). */
export const allActivitiesQuery = defineQuery(`
  *[_type == "activity"] | order(project->startDate desc, project->slug.current asc, cluster->order asc, order asc, _id asc) {
    ${reportingActivityFields}
  }
`)

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
import type * as Results from './sanity.types'

/**
 * Each query with the TypeGen type of its result: the repository checks every declared read's
 * zod schema against it at compile time (./schemas/matches-query.ts).
 */
export type QueryResults = {
  routeIndexQuery: Results.RouteIndexQueryResult
  projectsQuery: Results.ProjectsQueryResult
  projectQuery: Results.ProjectQueryResult
  clusterQuery: Results.ClusterQueryResult
  activityQuery: Results.ActivityQueryResult
  projectActivitiesQuery: Results.ProjectActivitiesQueryResult
  allActivitiesQuery: Results.AllActivitiesQueryResult
  activityIndexQuery: Results.ActivityIndexQueryResult
  activitiesByIdsQuery: Results.ActivitiesByIdsQueryResult
  projectOrderQuery: Results.ProjectOrderQueryResult
  projectsByIdsQuery: Results.ProjectsByIdsQueryResult
  iatiActivitiesQuery: Results.IatiActivitiesQueryResult
  updatesQuery: Results.UpdatesQueryResult
  updateQuery: Results.UpdateQueryResult
  siteSettingsQuery: Results.SiteSettingsQueryResult
  contentTimeQuery: Results.ContentTimeQueryResult
}

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

const projectPeriodFields = /* groq */ `startDate, plannedEnd, actualStart, actualEnd`

/** A cited page: what the "Sources" sections and the CSV show. */
const sourceFields = /* groq */ `
  "id": _id, title, url, publisher, kind, language, published, seen, quote, note
`

/** Which sources each fact of a document rests on (citations hold references). */
const citationFields = /* groq */ `fact, note, "sources": sources[]->{ ${sourceFields} }`

const organizationRoleFields = /* groq */ `
  role,
  "organization": organization->{ ${organizationFields} },
  "sources": sources[]->{ ${sourceFields} }
`

const locationFields = /* groq */ `
  "key": _key, name, description, point, "pointSource": pointSource->{ ${sourceFields} },
  exactness, reach, locationClass, featureDesignation, "sources": sources[]->{ ${sourceFields} }
`

/** A transaction a source states (IATI `<transaction>`), with its organisations and sources. */
const transactionFields = /* groq */ `
  "key": _key, transactionType, date, amount, currency, valueDate,
  "provider": providerOrganization->{ ${organizationFields} },
  "receiver": receiverOrganization->{ ${organizationFields} },
  description,
  "sources": sources[]->{ ${sourceFields} }
`

/** An OECD DAC policy marker with its source or the reason it is assumed. */
const policyMarkerFields = /* groq */ `
  "key": _key, code, significance, assumption, "sources": sources[]->{ ${sourceFields} }
`

const documentFields = /* groq */ `
  "key": _key, title, language, date, category,
  "file": file.asset->{ url, mimeType, size, originalFilename }
`

/**
 * A photo (sanity/schemaTypes/objects/portal-image.ts): the asset's address, type, size and
 * blurred placeholder, the editor's crop and hotspot, and what belongs to this use of it. The one
 * projection of an image: every query that shows one uses it (`field{ ${imageFields} }`). Its
 * key is the array item's, or for a single image its asset's id.
 */
const imageFields = /* groq */ `
  "key": coalesce(_key, asset._ref),
  "asset": asset->{ _id, url, mimeType, metadata{ dimensions{ width, height }, lqip } },
  hotspot{ x, y, height, width },
  crop{ top, bottom, left, right },
  alt,
  decorative,
  caption,
  credit,
  rights{ consent, licence, expires }
`

const resultFields = /* groq */ `
  "id": _id,
  order,
  type,
  title,
  description,
  "objective": objective._ref,
  "cluster": cluster._ref,
  "activities": activities[]._ref,
  aggregationStatus,
  "indicators": indicators[]{
    "key": _key, title, measure, unit, ascending, baseline, dataSource,
    "periods": periods[]{ "key": _key, start, end, target, actual, comment },
    "sources": sources[]->{ ${sourceFields} }
  },
  "sources": sources[]->{ ${sourceFields} }
`

/** The facts an activity takes from its project when it has none of its own. */
const inheritedProjectFields = /* groq */ `
  ${projectPeriodFields},
  status,
  "citations": citations[fact in ["status", "startDate", "plannedEnd", "actualStart", "actualEnd"]]{
    ${citationFields}
  }
`

const clusterRefFields = /* groq */ `"id": _id, "slug": slug.current, order, title, shortTitle`

const activityItemFields = /* groq */ `
  "id": _id,
  "slug": slug.current,
  order,
  title,
  status,
  plannedStart,
  plannedEnd,
  actualStart,
  actualEnd,
  "organizations": organizations[]{ ${organizationRoleFields} }
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
  },
  "updates": *[_type == "update"] | order(_id asc) {
    "id": _id, "slug": slug.current, previousSlugs, _updatedAt, publishedAt, title
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
  "organizations": organizations[]{ ${organizationRoleFields} }
`

/** Every project (the route index decides which are listed). */
export const projectsQuery = defineQuery(`
  *[_type == "project"] | order(startDate desc, _id asc) { ${projectSummaryFields} }
`)

/**
 * The ids of every project in the project list's order (`projectsQuery`'s): the list is paged
 * from them, and only its page's projects are read whole (`projectsByIdsQuery`).
 */
export const projectOrderQuery = defineQuery(`
  *[_type == "project"] | order(startDate desc, _id asc)._id
`)

/** Some projects, by id, as the project list shows them (one page of it; the order is the caller's). */
export const projectsByIdsQuery = defineQuery(`
  *[_type == "project" && _id in $ids] { ${projectSummaryFields} }
`)

/** One project with its objectives, and its clusters and activities as two flat lists. */
export const projectQuery = defineQuery(`
  *[_type == "project" && _id == $id][0] {
    ${projectSummaryFields},
    description,
    generalObjective,
    fundingProgramme,
    editorialNote,
    "mainImage": mainImage{ ${imageFields} },
    "gallery": gallery[]{ ${imageFields} },
    officialName,
    officialShortName,
    totalBudget{ amount, currency },
    euContribution{ amount, currency },
    "budgetByCluster": budgetByCluster[]{ "cluster": cluster._ref, amount },
    "annualBudgets": annualBudgets[]{ start, end, amount },
    "transactions": transactions[]{ ${transactionFields} },
    fundingReference,
    followUp{ title, startDate },
    contact{ name, email, telephone, website, address },
    lastReviewed,
    "locations": locations[]{ ${locationFields} },
    "documents": documents[]{ ${documentFields} },
    "citations": citations[]{ ${citationFields} },
    sectorCodes,
    iatiIdentifier,
    iatiIdentifierStatus,
    defaultFlowType,
    defaultFinanceType,
    defaultAidType,
    defaultTiedStatus,
    collaborationType,
    activityScope,
    defaultCurrency,
    "iatiAssumptions": iatiAssumptions[]{ fact, note },
    "policyMarkers": policyMarkers[]{ ${policyMarkerFields} },
    "results": *[_type == "result" && project._ref == ^._id] | order(order asc, _id asc) {
      ${resultFields}
    },
    "objectives": *[_type == "objective" && project._ref == ^._id] | order(order asc, _id asc) {
      "id": _id, "slug": slug.current, order, title, description
    },
    "clusters": *[_type == "thematicCluster" && project._ref == ^._id] | order(order asc, _id asc) {
      ${clusterRefFields}
    },
    "activities": *[_type == "activity" && project._ref == ^._id] | order(order asc, _id asc) {
      "id": _id, "slug": slug.current, order, title, "cluster": cluster._ref,
      plannedStart, plannedEnd, actualStart, actualEnd
    }
  }
`)

/** A thematic cluster with its project, its activities in order and its results. */
export const clusterQuery = defineQuery(`
  *[_type == "thematicCluster" && _id == $id][0] {
    ${clusterRefFields},
    description,
    "mainImage": mainImage{ ${imageFields} },
    "project": project->{ ${projectRefFields} },
    "activities": *[_type == "activity" && cluster._ref == ^._id] | order(order asc, _id asc) {
      ${activityItemFields}
    },
    "results": *[_type == "result" && cluster._ref == ^._id] | order(order asc, _id asc) {
      ${resultFields}
    }
  }
`)

/**
 * One activity with its cluster, its organisations, places, documents and results, and its
 * project's status and dates (shown, marked as the project's, where the activity has none).
 */
export const activityQuery = defineQuery(`
  *[_type == "activity" && _id == $id][0] {
    ${activityItemFields},
    description,
    "mainImage": mainImage{ ${imageFields} },
    "gallery": gallery[]{ ${imageFields} },
    "locations": locations[]{ ${locationFields} },
    "documents": documents[]{ ${documentFields} },
    "citations": citations[]{ ${citationFields} },
    "cluster": cluster->{ ${clusterRefFields} },
    "project": project->{ ${projectRefFields}, ${inheritedProjectFields} },
    "results": *[_type == "result" && ^._id in activities[]._ref] | order(order asc, _id asc) {
      ${resultFields}
    }
  }
`)

/** The project of a listed activity: what it inherits, and the budget its cluster's share is of. */
const reportingProjectFields = /* groq */ `
  ${projectRefFields},
  ${inheritedProjectFields},
  totalBudget{ amount, currency },
  "budgetByCluster": budgetByCluster[]{ "cluster": cluster._ref, amount },
  "budgetCitations": citations[fact in ["totalBudget", "budgetByCluster"]]{ ${citationFields} }
`

const reportingActivityFields = /* groq */ `
  ${activityItemFields},
  "citations": citations[]{ ${citationFields} },
  "search": {
    title,
    "cluster": cluster->{ title, shortTitle },
    "organizations": organizations[].organization->{ name, acronym }
  },
  "cluster": cluster->{ ${clusterRefFields} },
  "project": project->{ ${reportingProjectFields} }
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

/**
 * What the list across projects filters, sorts and counts by, and nothing else: each activity (in
 * `allActivitiesQuery`'s order) with its project, cluster and organisations as ids, and each of
 * those once. At 1,000 projects the whole list's rows are 24,000 full projections (citations,
 * sources, budgets); this is read and indexed once per content version (lib/reporting/activity-index.ts),
 * and only the rows of the page shown are read whole (`activitiesByIdsQuery`).
 */
export const activityIndexQuery = defineQuery(`{
  "activities": *[_type == "activity"] | order(project->startDate desc, project->slug.current asc, cluster->order asc, order asc, _id asc) {
    "id": _id,
    "slug": slug.current,
    order,
    title,
    status,
    "project": project._ref,
    "cluster": cluster._ref,
    "organizations": organizations[]{ role, "organization": organization._ref },
    // The title in every language, for the search words; the cluster's and organisations' words
    // come from their lists below (no dereference per activity: half the query's time).
    "search": { title }
  },
  "projects": *[_type == "project"]{ ${reportingProjectFields} },
  "clusters": *[_type == "thematicCluster"]{ ${clusterRefFields} },
  "organizations": *[_type == "organization"]{ ${organizationFields} }
}`)

/** Some activities, by id, as the donor list shows them (one page of it; the order is the caller's). */
export const activitiesByIdsQuery = defineQuery(`
  *[_type == "activity" && _id in $ids] {
    ${reportingActivityFields}
  }
`)

/**
 * Every activity of a project with what its IATI activity holds besides the list's columns:
 * its description, places and documents (the IATI export and its readiness check).
 */
export const iatiActivitiesQuery = defineQuery(`
  *[_type == "activity" && project._ref == $projectId] | order(cluster->order asc, order asc, _id asc) {
    ${reportingActivityFields},
    description,
    "locations": locations[]{ ${locationFields} },
    "documents": documents[]{ ${documentFields} }
  }
`)

/** What a list of updates shows of each (the updates page, the home page, the feed, "Updates"). */
const updateItemFields = /* groq */ `
  "id": _id,
  "slug": slug.current,
  publishedAt,
  _updatedAt,
  title,
  summary,
  "project": project._ref,
  "activities": activities[]._ref
`

/**
 * The updates published by `$cutoff` (an ISO date-time), newest first. `$cutoff` is the moment the
 * newest update became visible, not the clock: the cache key changes only when another update
 * appears (lib/content/schemas/routes.ts, `UpdateSchedule`). The language filter is in code.
 */
export const updatesQuery = defineQuery(`
  *[_type == "update" && dateTime(publishedAt) <= dateTime($cutoff)]
    | order(publishedAt desc, _id asc) { ${updateItemFields} }
`)

/** One update with its text and what it names (its project and activities, with their slugs). */
export const updateQuery = defineQuery(`
  *[_type == "update" && _id == $id && dateTime(publishedAt) <= dateTime($cutoff)][0] {
    ${updateItemFields},
    "mainImage": mainImage{ ${imageFields} },
    "body": body{
      "ka": ka[]{ ..., _type == "portalImage" => { _type, _key, ${imageFields} } },
      "en": en[]{ ..., _type == "portalImage" => { _type, _key, ${imageFields} } }
    },
    "projectRef": project->{ "id": _id, "slug": slug.current, title, shortTitle },
    "activityRefs": activities[]->{ "id": _id, "slug": slug.current, title, "project": project->slug.current },
    "sources": sources[]->{ ${sourceFields} }
  }
`)

/** The portal's identity (the one `siteSettings` document). */
export const siteSettingsQuery = defineQuery(`
  *[_type == "siteSettings" && _id == "siteSettings"][0] {
    name,
    organization,
    "logo": {
      "ka": logo.ka{ alt, "asset": asset->{ url, mimeType, "width": metadata.dimensions.width, "height": metadata.dimensions.height } },
      "en": logo.en{ alt, "asset": asset->{ url, mimeType, "width": metadata.dimensions.width, "height": metadata.dimensions.height } }
    },
    contact{ email, phone, address, website },
    "socialLinks": socialLinks[]{ platform, url },
    footerText
  }
`)

/**
 * When what a project's IATI activity is built from last changed (its `last-updated-datetime`):
 * the `_updatedAt` of the project, its objectives, clusters, activities and results, and of the
 * organisations and cited pages (sources) they reference. Dereferences only, no scan per source,
 * so it stays cheap on a large dataset; a reference to a missing document gives null.
 */
export const contentTimeQuery = defineQuery(`
  *[_type == "project" && _id == $id][0] {
    "dates": [
      _updatedAt,
      ...organizations[].organization->_updatedAt,
      ...organizations[].sources[]->_updatedAt,
      ...citations[].sources[]->_updatedAt,
      ...locations[].sources[]->_updatedAt,
      ...transactions[].sources[]->_updatedAt,
      ...transactions[].providerOrganization->_updatedAt,
      ...transactions[].receiverOrganization->_updatedAt,
      ...policyMarkers[].sources[]->_updatedAt,
      ...*[_type in ["objective", "thematicCluster", "activity", "result"] && project._ref == $id]._updatedAt,
      ...*[_type == "activity" && project._ref == $id].organizations[].organization->_updatedAt,
      ...*[_type == "activity" && project._ref == $id].organizations[].sources[]->_updatedAt,
      ...*[_type == "activity" && project._ref == $id].citations[].sources[]->_updatedAt,
      ...*[_type == "activity" && project._ref == $id].locations[].sources[]->_updatedAt,
      ...*[_type == "result" && project._ref == $id].sources[]->_updatedAt,
      ...*[_type == "result" && project._ref == $id].indicators[].sources[]->_updatedAt
    ]
  }
`)

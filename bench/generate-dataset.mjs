// Scaled datasets for the benchmarks: the seed plus synthetic copies of its project.
//
//   node bench/generate-dataset.mjs <factor> [out.ndjson]     (stdout without a file name)
//
// Factor 1 is the seed unchanged. Factor N adds N − 1 synthetic projects shaped like the seed's
// (2 objectives, 4 clusters, 24 activities: 8 + 9 + 3 + 4), so the dataset holds N projects.
// Output is deterministic: the same factor always gives the same bytes.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..')
export const SEED_PATH = path.join(ROOT, 'sanity/seed/production.ndjson')

/** Documents that belong to the seed project and are copied for each synthetic one. */
const PROJECT_TYPES = new Set(['project', 'objective', 'thematicCluster', 'activity'])
const LOCALE_TYPES = new Set(['localeString', 'localeText'])
/**
 * Fields whose text gets the project number, so that pages of different projects differ.
 * @type {('title' | 'shortTitle')[]}
 */
const NUMBERED_FIELDS = ['title', 'shortTitle']
/**
 * References that point into the project, re-pointed into each copy.
 * @type {('project' | 'cluster')[]}
 */
const LINKED_FIELDS = ['project', 'cluster']
const SEED_UPDATED_AT = '2026-11-25T00:00:00Z'

/**
 * @typedef {{ _type: string, _ref: string }} Reference
 * @typedef {{ _type: string, en?: string, ka?: string }} LocaleText
 */
/**
 * A document of the seed project, as far as the copy changes it (its other fields are copied as
 * they are). Parsed from the seed's JSON: the shape is the seed's, not checked.
 * @typedef {object} ProjectDocument
 * @property {string} _id
 * @property {string} _type
 * @property {string} [_createdAt]
 * @property {string} [_updatedAt]
 * @property {{ current: string }} slug
 * @property {Reference} [project]
 * @property {Reference} [cluster]
 * @property {LocaleText} [title]
 * @property {LocaleText} [shortTitle]
 */

export function readSeed() {
  return readFileSync(SEED_PATH, 'utf8')
}

/**
 * Returns the NDJSON text of a dataset with `factor` projects (factor 1 = the seed itself).
 * @param {{ factor: number, seed?: string }} options
 * @returns {string}
 */
export function generateDataset({ factor, seed = readSeed() }) {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be ≥ 1, got ${factor}`)
  if (factor === 1) return seed
  const seedDocs = seed
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
  /** @type {ProjectDocument[]} */
  const template = seedDocs.filter((doc) => PROJECT_TYPES.has(doc._type))
  const width = Math.max(3, String(factor).length)
  const lines = [seed.trimEnd()]
  for (let n = 2; n <= factor; n++) {
    const copy = syntheticProject(template, n, width)
    lines.push(...copy.map((doc) => JSON.stringify(doc)))
  }
  return lines.join('\n') + '\n'
}

/**
 * One synthetic project: every document of the template renamed, renumbered and re-linked.
 * @param {ProjectDocument[]} template
 * @param {number} n the project's number
 * @param {number} width digits of the number in ids and slugs
 * @returns {ProjectDocument[]}
 */
function syntheticProject(template, n, width) {
  const number = String(n).padStart(width, '0')
  const projectSlug = `synthetic-project-${number}`
  const dates = projectDates(n)
  // Template ids → new ids, so that project and cluster references point into the copy.
  const ids = new Map(
    template.map((doc) => [
      doc._id,
      doc._type === 'project'
        ? `project.${projectSlug}`
        : `${doc._type}.p${number}-${localId(doc)}`,
    ]),
  )
  /** @param {string} id */
  const newId = (id) => {
    const renamed = ids.get(id)
    if (renamed === undefined) throw new Error(`${id} is not a document of the seed project`)
    return renamed
  }
  return template.map((doc) => {
    const copy = structuredClone(doc)
    copy._id = newId(doc._id)
    copy._createdAt = `${dates.startDate}T00:00:00Z`
    copy._updatedAt = SEED_UPDATED_AT
    copy.slug.current = doc._type === 'project' ? projectSlug : `p${number}-${doc.slug.current}`
    // Organisation references stay: every project reuses the seed's nine organisations.
    for (const field of LINKED_FIELDS) {
      const reference = copy[field]
      if (reference?._ref) reference._ref = newId(reference._ref)
    }
    for (const field of NUMBERED_FIELDS) {
      const text = copy[field]
      if (text && LOCALE_TYPES.has(text._type)) numberText(text, n, field === 'shortTitle')
    }
    if (doc._type === 'project') Object.assign(copy, { featured: false, ...dates })
    return copy
  })
}

/**
 * The part of a seed id after its type prefix ("activity.national-census" → "national-census").
 * @param {{ _id: string }} doc
 */
function localId(doc) {
  return doc._id.slice(doc._id.indexOf('.') + 1)
}

/**
 * Numbers a text; a short title gets a short prefix, so that it stays within its 60 characters
 * at 1,000 projects (the longest Georgian one left no room for "პროექტი 1000: ").
 * @param {LocaleText} field @param {number} n @param {boolean} short
 */
function numberText(field, n, short) {
  field.en = short ? `P${n} ${field.en}` : `Project ${n}: ${field.en}`
  field.ka = short ? `P${n} ${field.ka}` : `პროექტი ${n}: ${field.ka}`
}

/**
 * Start dates spread over 2005–2024 and through the year; each project runs 3½ years.
 * @param {number} n
 */
function projectDates(n) {
  const year = 2005 + ((n * 7) % 20)
  const month = ((n * 5) % 12) + 1
  const day = ((n * 11) % 28) + 1
  const endMonth = ((month + 5) % 12) + 1
  const endYear = year + 3 + (month + 6 > 12 ? 1 : 0)
  return {
    startDate: `${year}-${pad(month)}-${pad(day)}`,
    plannedEnd: `${endYear}-${pad(endMonth)}`,
  }
}

const pad = (/** @type {number} */ value) => String(value).padStart(2, '0')

if (import.meta.url === `file://${process.argv[1]}`) {
  const [factorArg, out] = process.argv.slice(2)
  const factor = Number(factorArg)
  const text = generateDataset({ factor })
  if (out) {
    writeFileSync(out, text)
    console.error(
      `${out}: ${factor} project(s), each 2 objectives, 4 clusters, 24 activities (the seed's ` +
        `8 + 9 + 3 + 4), ${text.split('\n').filter(Boolean).length} documents, ${Buffer.byteLength(text)} bytes`,
    )
  } else {
    process.stdout.write(text)
  }
}

import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { evaluate, parse } from 'groq-js'
import { isPublishedId } from '../document-id'
import { locateDataset, type DatasetFiles } from './dataset-archive'
import { indexAssets, resolveAssetPlaceholders, type EmbeddedAsset } from './embedded-assets'
import { ProjectScopes } from './project-scope'
import type { ContentBackend, QueryParams } from './types'

export type Document = { _id: string; _type: string } & Record<string, unknown>

function isDocument(value: unknown): value is Document {
  return (
    typeof value === 'object' &&
    value !== null &&
    '_id' in value &&
    typeof value._id === 'string' &&
    '_type' in value &&
    typeof value._type === 'string'
  )
}

/** The published perspective: drafts and release versions are not public content. */
const isPublished = (document: Document) => isPublishedId(document._id)

/** Parses Sanity's NDJSON export format; a bad line is reported with its number and skipped. */
export function parseNdjson(text: string, fileName: string): Document[] {
  const documents: Document[] = []
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return
    try {
      const value: unknown = JSON.parse(line)
      if (isDocument(value)) documents.push(value)
      else
        console.warn(`[content] ${fileName}:${index + 1} is not a document (no _id/_type); skipped`)
    } catch {
      console.warn(`[content] ${fileName}:${index + 1} is not valid JSON; skipped`)
    }
  })
  return documents
}

type Loaded = {
  version: string
  documents: Document[]
  byId: Map<string, Document>
  assets: Map<string, EmbeddedAsset>
  /** The documents a query about one project can read, by the project's id (./project-scope.ts). */
  scopes: ProjectScopes
}

/** The dataset's published documents, with its asset files as asset documents. */
async function load(files: DatasetFiles): Promise<Loaded> {
  const text = await readFile(files.ndjson, 'utf8')
  const published = parseNdjson(text, path.basename(files.ndjson)).filter(isPublished)
  const index = await indexAssets(files.baseDir)
  const ids = new Set(published.map((doc) => doc._id))
  const documents = [
    ...published.map((doc) => resolveAssetPlaceholders(doc, index.byPath)),
    // An asset document the dataset already holds (a raw export's) stays as it is.
    ...index.documents.filter((doc) => !ids.has(doc._id)),
  ]
  const byId = new Map(documents.map((doc) => [doc._id, doc]))
  return {
    version: files.version,
    documents,
    byId,
    assets: index.files,
    scopes: new ProjectScopes(documents, byId),
  }
}

declare global {
  var __iomPortalDatasetLoaders: Map<string, () => Promise<Loaded>> | undefined
}

/**
 * One loader per dataset path, shared by the backend and the media route: the dataset is read
 * again when its files change (a few stats per query are far cheaper than a parse), so edits show up
 * without a restart. Kept on `globalThis`, once per process: Next compiles route handlers (the
 * sitemap, the CSV, feeds, media) and pages into separate module graphs, so a module-level map
 * here was a second parsed dataset in the same process (at 1,000 projects the sitemap's first
 * visit parsed it again: 8.9 s, and ~250 MB more).
 */
const loaders = (globalThis.__iomPortalDatasetLoaders ??= new Map())

function loaderFor(datasetPath: string): () => Promise<Loaded> {
  const absolutePath = path.resolve(/* turbopackIgnore: true */ process.cwd(), datasetPath)
  const known = loaders.get(absolutePath)
  if (known) return known
  let loaded: Loaded | null = null
  let loading: Promise<Loaded> | null = null
  const dataset = async (): Promise<Loaded> => {
    const files = await locateDataset(absolutePath).catch((error: NodeJS.ErrnoException) => {
      throw new Error(
        `Embedded dataset not readable at ${absolutePath} (CONTENT_DATASET_PATH): ${error.code ?? error.message}`,
      )
    })
    if (loaded?.version === files.version) return loaded
    if (!loading) {
      loading = load(files)
        .then((next) => (loaded = next))
        .finally(() => {
          loading = null
        })
    }
    return loading
  }
  loaders.set(absolutePath, dataset)
  return dataset
}

/** An asset file of the embedded dataset at `datasetPath`, by asset id (null: no such asset). */
export async function embeddedAsset(
  datasetPath: string,
  id: string,
): Promise<EmbeddedAsset | null> {
  return (await loaderFor(datasetPath)()).assets.get(id) ?? null
}

/**
 * Runs GROQ with groq-js over the embedded dataset: an NDJSON file, an export archive or an
 * unpacked export (./dataset-archive.ts), with its asset files (./embedded-assets.ts).
 */
export function createEmbeddedBackend(datasetPath: string): ContentBackend {
  const dataset = loaderFor(datasetPath)
  return {
    kind: 'embedded',
    async fetch(query: string, params: QueryParams) {
      const { documents, byId, scopes } = await dataset()
      // Params go to the parser too: like the Content Lake, groq-js decides from a parameter's
      // value whether `field[$locale]` is an attribute access (string) or a filter.
      const result = await evaluate(parse(query, { params }), {
        // A query about one project scans only what it can match (same results: see
        // ./project-scope.ts); at 1,000 projects a page query went from ~1 s to a few ms.
        dataset: scopes.forParams(params) ?? documents,
        params,
        // groq-js looks references up by scanning the dataset; an id map makes `->` constant-time
        // (at 100× the seed: cluster page query 636 ms → 52 ms).
        dereference: ({ _ref }) => byId.get(_ref) ?? null,
      })
      return result.get()
    },
  }
}

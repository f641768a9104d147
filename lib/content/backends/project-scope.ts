/**
 * The documents a query about one project can read, so that the embedded backend evaluates it over
 * them instead of the whole dataset (at 1,000 projects, 31,000 documents per query).
 *
 * Every query that names one project's document (`$id`, `$projectId`: lib/content/queries.ts)
 * reads that project's tree (the project and the objectives, clusters, activities and results
 * whose `project` is it), documents that reference into the tree (say a result of another project
 * citing one of its activities), and shared documents (organisations, sources, updates, assets,
 * site settings), found by `*[…]` or `->`. Its scope holds exactly those, in the dataset's order
 * (unordered results and `[0]` depend on it), so results are the same as over the whole dataset:
 * tests/unit/content/project-scope.test.ts compares both for every such query. A query with no
 * such param, or naming a shared document, still runs over the whole dataset. A query naming
 * documents by `$ids` (a page of the list across projects) reads the scopes of their projects
 * together, by the same reasoning.
 */
import type { Document } from './embedded'

/** The types of a project's tree: each belongs to the project its `project` field names. */
const TREE_TYPES = new Set(['project', 'objective', 'thematicCluster', 'activity', 'result'])
/** The params that name one document of a project's tree. */
const SCOPING_PARAMS = ['id', 'projectId']
/** The param that names documents by id (one page of a list): their projects' scopes together. */
const IDS_PARAM = 'ids'

/** The project a tree document belongs to (its own id for a project), or null: shared. */
function ownerOf(document: Document): string | null {
  if (!TREE_TYPES.has(document._type)) return null
  if (document._type === 'project') return document._id
  const project = document.project
  if (typeof project === 'object' && project !== null && '_ref' in project) {
    return typeof project._ref === 'string' ? project._ref : null
  }
  return null
}

/** Every `_ref` anywhere in a value. */
function referencesIn(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) referencesIn(item, found)
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === '_ref' && typeof item === 'string') found.add(item)
      else referencesIn(item, found)
    }
  }
  return found
}

export class ProjectScopes {
  private readonly documents: Document[]
  private readonly byId: Map<string, Document>
  /** The documents of each project's scope (its tree, what references into it), by project id. */
  private readonly members = new Map<string, Set<Document>>()
  private readonly built = new Map<string, Document[]>()

  constructor(documents: Document[], byId: Map<string, Document>) {
    this.documents = documents
    this.byId = byId
    const owners = new Map<string, string>()
    for (const document of documents) {
      const owner = ownerOf(document)
      if (owner === null) continue
      owners.set(document._id, owner)
      this.add(owner, document)
    }
    // A tree document that references into another project's tree belongs to that scope too.
    for (const document of documents) {
      const owner = owners.get(document._id)
      if (owner === undefined) continue
      for (const ref of referencesIn(document)) {
        const target = owners.get(ref)
        if (target !== undefined && target !== owner) this.add(target, document)
      }
    }
  }

  private add(project: string, document: Document) {
    const members = this.members.get(project)
    if (members) members.add(document)
    else this.members.set(project, new Set([document]))
  }

  /** The scope of the project a query's params name, or null: the whole dataset. */
  forParams(params: Record<string, unknown>): Document[] | null {
    for (const name of SCOPING_PARAMS) {
      const value = params[name]
      const document = typeof value === 'string' ? this.byId.get(value) : undefined
      const owner = document ? ownerOf(document) : null
      if (owner !== null) return this.scope(owner)
    }
    const ids = params[IDS_PARAM]
    return Array.isArray(ids) ? this.scopeOfIds(ids) : null
  }

  /**
   * The scopes of the projects of the documents `ids` names, together in the dataset's order; null
   * (the whole dataset) if one of them is not a project's. An unknown id matches nothing anywhere.
   */
  private scopeOfIds(ids: unknown[]): Document[] | null {
    const owners = new Set<string>()
    for (const id of ids) {
      if (typeof id !== 'string') return null
      const document = this.byId.get(id)
      if (!document) continue
      const owner = ownerOf(document)
      if (owner === null) return null
      owners.add(owner)
    }
    const [only] = owners
    if (owners.size === 1 && only !== undefined) return this.scope(only)
    const members = [...owners].map((owner) => this.members.get(owner) ?? new Set())
    return this.documents.filter(
      (document) => ownerOf(document) === null || members.some((set) => set.has(document)),
    )
  }

  /** A project's scope in the dataset's order, built on first use. */
  private scope(project: string): Document[] {
    const known = this.built.get(project)
    if (known) return known
    const members = this.members.get(project) ?? new Set()
    const scope = this.documents.filter(
      (document) => members.has(document) || ownerOf(document) === null,
    )
    this.built.set(project, scope)
    return scope
  }
}

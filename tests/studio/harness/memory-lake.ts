import { Mutation } from '@sanity/mutator'
import { evaluate, parse } from 'groq-js'
import { Subject } from 'rxjs'

type Mutations = Record<string, Record<string, unknown>>[]
type MutatorMutation = ConstructorParameters<typeof Mutation>[0]['mutations'][number]

export type LakeDocument = { _id: string; _type: string; _rev?: string } & Record<string, unknown>

/** One document changed by a transaction: what the Content Lake's listener reports. */
export type LakeChange = {
  transactionId: string
  id: string
  before: LakeDocument | null
  after: LakeDocument | null
  /** The transaction's mutations of this document, in Sanity's HTTP format. */
  mutations: Mutations
  index: number
  total: number
}

/**
 * A Content Lake dataset held in memory: GROQ through groq-js, mutations through Sanity's own
 * mutator (the library the Studio applies patches with), and a stream of changes for listeners.
 */
export function createMemoryLake(initial: LakeDocument[]) {
  const documents = new Map<string, LakeDocument>(
    initial.map((doc) => [doc._id, { _rev: 'seed', ...doc }]),
  )
  const changes = new Subject<LakeChange>()
  let transactions = 0

  async function query(groq: string, params: Record<string, unknown> = {}, only?: LakeDocument[]) {
    const dataset = only ?? [...documents.values()]
    return (await evaluate(parse(groq, { params }), { dataset, params })).get()
  }

  function apply(kind: string, body: Record<string, unknown>, rev: string, now: string) {
    const id = String(body._id ?? body.id)
    const before = documents.get(id) ?? null
    if (kind === 'delete') return documents.delete(id) ? id : null
    if (kind === 'create' && before) throw new Error(`Document ${id} already exists`)
    if (kind === 'createIfNotExists' && before) return null
    let after: LakeDocument | null
    if (kind === 'patch') {
      if (!before) return null
      const patch = { patch: body } as unknown as MutatorMutation
      after = new Mutation({ mutations: [patch] }).apply(before) as LakeDocument | null
    } else {
      after = { _createdAt: now, ...(body as LakeDocument) }
    }
    if (after) documents.set(id, { ...after, _id: id, _updatedAt: now, _rev: rev })
    return id
  }

  /** Applies mutations in Sanity's HTTP format (create…, delete, patch) as one transaction. */
  function mutate(mutations: Mutations, transactionId = `tx-${++transactions}`) {
    const now = new Date().toISOString()
    const snapshots = new Map<string, LakeDocument | null>()
    const byDocument = new Map<string, Mutations>()
    for (const mutation of mutations) {
      for (const [kind, body] of Object.entries(mutation)) {
        const id = String(body._id ?? body.id)
        if (!snapshots.has(id)) snapshots.set(id, documents.get(id) ?? null)
        byDocument.set(id, [...(byDocument.get(id) ?? []), { [kind]: body }])
        apply(kind, body, transactionId, now)
      }
    }
    const changed = [...snapshots].filter(([id, before]) => before !== (documents.get(id) ?? null))
    changed.forEach(([id, before], index) =>
      changes.next({
        transactionId,
        id,
        before,
        after: documents.get(id) ?? null,
        mutations: byDocument.get(id) ?? [],
        index,
        total: changed.length,
      }),
    )
    return {
      transactionId,
      results: changed.map(([id]) => ({ id, operation: 'update' })),
    }
  }

  return {
    query,
    mutate,
    changes,
    get: (id: string) => documents.get(id) ?? null,
  }
}

export type MemoryLake = ReturnType<typeof createMemoryLake>

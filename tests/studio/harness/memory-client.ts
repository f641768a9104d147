import { concatMap, filter, from, lastValueFrom, map, merge, timer, type Observable } from 'rxjs'
import type { LakeChange, LakeDocument, MemoryLake } from './memory-lake'
import { answerRequest, EDITOR, type RequestOptions } from './memory-endpoints'
import { actionsToMutations, type DocumentAction } from './memory-actions'
import { memoryAssets } from './memory-assets'

type Params = Record<string, unknown>
type ListenOptions = { events?: string[]; includeResult?: boolean }

/**
 * A stand-in for @sanity/client over the in-memory lake: the methods the Studio uses to read
 * (fetch, getDocuments, the /data/doc endpoint), to listen (welcome and mutation events, with
 * whole-document mendoza effects) and to write (actions and mutations). Project and user
 * endpoints get canned answers (./memory-endpoints.ts). Replies are asynchronous, like the
 * network's: the Studio subscribes several times to one listener and must not miss its welcome.
 */
export function createMemoryClient(lake: MemoryLake, projectId: string, dataset: string) {
  const unknownRequests: string[] = []
  const later = <T>(value: () => T | Promise<T>): Observable<T> =>
    timer(1).pipe(concatMap(() => from(Promise.resolve(value()))))

  async function fetchQuery(
    query: string,
    params?: Params,
    options?: { filterResponse?: boolean },
  ) {
    const result = await lake.query(query, params ?? {})
    return options?.filterResponse === false ? { result, ms: 1, query } : result
  }

  /** Whether a change concerns a listener's query (`*[filter]`), judged on either version. */
  async function concerns(query: string, params: Params, change: LakeChange) {
    const versions = [change.before, change.after].filter((doc): doc is LakeDocument => !!doc)
    try {
      const matched = await lake.query(query, params, versions)
      return !Array.isArray(matched) || matched.length > 0
    } catch {
      return true
    }
  }

  function mutationEvent(change: LakeChange, options: ListenOptions) {
    const { transactionId, id, before, after } = change
    return {
      type: 'mutation',
      eventId: `${transactionId}#${id}`,
      documentId: id,
      transactionId,
      transition: !before ? 'appear' : !after ? 'disappear' : 'update',
      identity: EDITOR.id,
      mutations: change.mutations,
      previousRev: before?._rev,
      resultRev: after?._rev ?? transactionId,
      timestamp: new Date().toISOString(),
      visibility: 'query',
      transactionTotalEvents: change.total,
      transactionCurrentEvent: change.index + 1,
      // Mendoza's "Value" op: the patch whose result is the new document (null: deleted).
      effects: { apply: [0, after], revert: [0, before] },
      ...(options.includeResult ? { result: after ?? undefined } : {}),
    }
  }

  function listen(query: string, params: Params = {}, options: ListenOptions = {}) {
    const welcome = later(() => ({ type: 'welcome', listenerName: 'memory' }))
    const mutations = lake.changes.pipe(
      concatMap((change) =>
        from(concerns(query, params, change)).pipe(
          filter(Boolean),
          map(() => mutationEvent(change, options)),
        ),
      ),
    )
    return merge(welcome, mutations)
  }

  const getDocuments = (ids: string[]) => ids.map((id) => lake.get(id))
  const action = (
    actions: DocumentAction | DocumentAction[],
    options?: { transactionId?: string },
  ) => lake.mutate(actionsToMutations(lake, [actions].flat()), options?.transactionId)
  const request = (options: RequestOptions) =>
    answerRequest(lake, { projectId, dataset }, options, unknownRequests)
  const config = () => ({
    projectId,
    dataset,
    apiVersion: '2025-02-19',
    useCdn: false,
    perspective: 'raw',
    apiHost: 'https://api.sanity.io',
    // Presence connects a WebSocket to `<url>/socket/<dataset>`: the harness server, which has none.
    url: `${location.origin}/__lake/v2025-02-19`,
  })

  const assets = memoryAssets(lake, { projectId, dataset })
  const observable = {
    config,
    assets,
    withConfig: () => observable,
    fetch: (query: string, params?: Params, options?: { filterResponse?: boolean }) =>
      later(() => fetchQuery(query, params, options)),
    listen,
    getDocuments: (ids: string[]) => later(() => getDocuments(ids)),
    getDocument: (id: string) => later(() => lake.get(id) ?? undefined),
    request: (options: RequestOptions) => later(() => request(options)),
    action: (actions: DocumentAction | DocumentAction[], options?: { transactionId?: string }) =>
      later(() => action(actions, options)),
  }

  const client = {
    unknownRequests,
    lake,
    observable,
    config,
    withConfig: () => client,
    clone: () => client,
    // Endpoints fetched without the client (history, ping) go to the harness server.
    getUrl: (uri: string) => (uri.startsWith('/') ? `${location.origin}/__lake${uri}` : uri),
    getDataUrl: (operation: string, path = '') => `/data/${operation}/${dataset}/${path}`,
    fetch: fetchQuery,
    listen,
    getDocument: async (id: string) => lake.get(id) ?? undefined,
    getDocuments: async (ids: string[]) => getDocuments(ids),
    request: async (options: RequestOptions) => request(options),
    action: async (
      actions: DocumentAction | DocumentAction[],
      options?: { transactionId?: string },
    ) => action(actions, options),
    dataRequest: async (endpoint: string, body: { mutations?: [] }) =>
      endpoint === 'mutate' ? lake.mutate(body.mutations ?? []) : null,
    mutate: async (mutations: []) => lake.mutate(mutations),
    assets: {
      upload: async (kind: string, file: File) => {
        const event = await lastValueFrom(assets.upload(kind, file))
        return event.type === 'response' ? event.body.document : null
      },
    },
  }
  return client
}

export type MemoryClient = ReturnType<typeof createMemoryClient>

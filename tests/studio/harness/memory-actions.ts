import type { MemoryLake } from './memory-lake'

/** A document action of Sanity's Actions API, as the Studio sends it when editors edit. */
export type DocumentAction = {
  actionType: string
  publishedId: string
  draftId?: string
  patch?: Record<string, unknown>
  attributes?: Record<string, unknown>
}

/**
 * What the Content Lake does for each action, as plain mutations: edits go to the draft (created
 * from the published document on first edit), publishing replaces the published document with
 * the draft and deletes the draft.
 */
export function actionsToMutations(lake: MemoryLake, actions: DocumentAction[]) {
  return actions.flatMap((action): Record<string, Record<string, unknown>>[] => {
    const draftId = action.draftId ?? `drafts.${action.publishedId}`
    switch (action.actionType) {
      case 'sanity.action.document.create':
        return [{ create: { ...action.attributes, _id: draftId } }]
      case 'sanity.action.document.edit': {
        const base = lake.get(draftId) ?? lake.get(action.publishedId)
        const ensure = base ? [{ createIfNotExists: { ...base, _id: draftId } }] : []
        return [...ensure, { patch: { ...action.patch, id: draftId } }]
      }
      case 'sanity.action.document.publish': {
        const draft = lake.get(draftId)
        if (!draft) return []
        return [
          { createOrReplace: { ...draft, _id: action.publishedId } },
          { delete: { id: draftId } },
        ]
      }
      case 'sanity.action.document.discard':
        return [{ delete: { id: draftId } }]
      case 'sanity.action.document.delete':
        return [{ delete: { id: action.publishedId } }, { delete: { id: draftId } }]
      default:
        throw new Error(`The in-memory lake does not support ${action.actionType}`)
    }
  })
}

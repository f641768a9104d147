import { useEffect, useState } from 'react'
import {
  useDocumentOperation,
  useSyncState,
  type DocumentActionComponent,
  type DocumentActionsResolver,
  type SanityDocument,
} from 'sanity'
import { slugHistoryAfterPublish } from './slug-history'

type Routed = Partial<SanityDocument> & { slug?: { current?: string }; previousSlugs?: string[] }

const slugOf = (document: Routed | null | undefined) => document?.slug?.current
const historyOf = (document: Routed | null | undefined) =>
  Array.isArray(document?.previousSlugs) ? document.previousSlugs : []
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index])

/**
 * Publish, keeping the slug history: when the draft's slug differs from the published one, the
 * published slug is first added to the draft's `previousSlugs`, so the old address redirects to
 * the new one (lib/content/schemas/routes.ts) instead of breaking links in e-mails and reports.
 * Publishing runs once that edit is in the draft and saved, so it is published too (the button
 * stays disabled, as the default one is, while the document has validation errors).
 */
function withSlugHistory(publish: DocumentActionComponent): DocumentActionComponent {
  const PublishWithSlugHistory: DocumentActionComponent = (props) => {
    const description = publish(props)
    const operations = useDocumentOperation(props.id, props.type)
    const { isSyncing } = useSyncState(props.id, props.type)
    const [waitingFor, setWaitingFor] = useState<string[] | null>(null)
    const draft: Routed | null = props.draft
    const published: Routed | null = props.published

    useEffect(() => {
      if (!waitingFor || isSyncing || !sameList(historyOf(draft), waitingFor)) return
      if (operations.publish.disabled) return
      setWaitingFor(null)
      operations.publish.execute()
      props.onComplete()
    }, [waitingFor, isSyncing, draft, operations, props])

    if (!description) return null
    return {
      ...description,
      disabled: description.disabled || waitingFor !== null,
      onHandle: () => {
        const history = slugHistoryAfterPublish(
          historyOf(draft ?? published),
          slugOf(published),
          slugOf(draft),
        )
        if (!history) return description.onHandle?.()
        setWaitingFor(history)
        operations.patch.execute([{ set: { previousSlugs: history } }])
      },
    }
  }
  PublishWithSlugHistory.action = publish.action
  return PublishWithSlugHistory
}

/** Document types whose slug is an address. */
const ROUTED_TYPES = new Set(['project', 'thematicCluster', 'activity', 'objective', 'update'])

/** What a singleton (one fixed document, e.g. the site settings) may not do: add, copy or remove. */
const SINGLETON_FORBIDDEN = new Set(['delete', 'duplicate', 'unpublish'])
export const SINGLETON_TYPES = new Set(['siteSettings'])

export const documentActions: DocumentActionsResolver = (previous, context) => {
  if (SINGLETON_TYPES.has(context.schemaType)) {
    return previous.filter((action) => !SINGLETON_FORBIDDEN.has(action.action ?? ''))
  }
  return ROUTED_TYPES.has(context.schemaType)
    ? previous.map((action) => (action.action === 'publish' ? withSlugHistory(action) : action))
    : previous
}

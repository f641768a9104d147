import {
  useDocumentOperation,
  type DocumentActionComponent,
  type DocumentActionsResolver,
  type SanityDocument,
} from 'sanity'
import { slugHistoryAfterPublish } from './slug-history'

type Routed = Partial<SanityDocument> & { slug?: { current?: string }; previousSlugs?: string[] }

const slugOf = (document: Routed | null | undefined) => document?.slug?.current
const historyOf = (document: Routed | null | undefined) =>
  Array.isArray(document?.previousSlugs) ? document.previousSlugs : []

/**
 * Publish, keeping the slug history: when the draft's slug differs from the published one, the
 * published slug is added to `previousSlugs` first, so the old address redirects to the new one
 * (lib/content/schemas/routes.ts) instead of breaking links in e-mails and reports.
 */
function withSlugHistory(publish: DocumentActionComponent): DocumentActionComponent {
  const PublishWithSlugHistory: DocumentActionComponent = (props) => {
    const description = publish(props)
    const { patch } = useDocumentOperation(props.id, props.type)
    if (!description) return null
    return {
      ...description,
      onHandle: () => {
        const published: Routed | null = props.published
        const draft: Routed | null = props.draft
        const history = slugHistoryAfterPublish(
          historyOf(draft ?? published),
          slugOf(published),
          slugOf(draft),
        )
        if (history) patch.execute([{ set: { previousSlugs: history } }])
        description.onHandle?.()
      },
    }
  }
  PublishWithSlugHistory.action = publish.action
  return PublishWithSlugHistory
}

/** Document types whose slug is an address. */
const ROUTED_TYPES = new Set(['project', 'thematicCluster', 'activity', 'objective'])

export const documentActions: DocumentActionsResolver = (previous, context) =>
  ROUTED_TYPES.has(context.schemaType)
    ? previous.map((action) => (action.action === 'publish' ? withSlugHistory(action) : action))
    : previous

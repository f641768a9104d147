import { useTranslations } from 'next-intl'
import type { CitedLabels } from '@/lib/content/facts'

/** How the "Sources" section names what each source supports, in the page's language. */
export function useCitedLabels(): CitedLabels {
  const tFacts = useTranslations('Facts')
  const t = useTranslations('Sources')
  return {
    fact: (fact) => tFacts(fact),
    role: (organization) => t('role', { organization }),
    location: (name) => t('location', { name }),
    coordinates: (name) => t('coordinates', { name }),
    result: (title) => t('result', { title }),
  }
}

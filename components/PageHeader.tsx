import type { ReactNode } from 'react'
import type { Localized } from '@/lib/content/schemas'
import { headingClass } from '@/lib/site/heading'
import { LocalizedText } from './LocalizedText'

/**
 * A page's title block: a kicker that places the page (e.g. its thematic cluster), the h1 (long
 * titles a size smaller) and an optional line below it.
 */
export function PageHeader({
  kicker,
  title,
  byline,
}: {
  kicker?: ReactNode
  title: Localized<string> | string
  byline?: ReactNode
}) {
  const text = typeof title === 'string' ? title : title.value
  return (
    <header className="page-header">
      {kicker && <p className="page-header__kicker">{kicker}</p>}
      {typeof title === 'string' ? (
        <h1 className={headingClass(text)}>{title}</h1>
      ) : (
        <LocalizedText as="h1" className={headingClass(text)} value={title} />
      )}
      {byline && <p className="page-header__byline">{byline}</p>}
    </header>
  )
}

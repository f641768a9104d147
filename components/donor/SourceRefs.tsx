import { useTranslations } from 'next-intl'
import { Fragment } from 'react'

/** "[1, 3]": links to the page's "Sources" section, each named "Source 1" for screen readers. */
export function SourceRefs({ numbers }: { numbers: number[] }) {
  const t = useTranslations('Sources')
  if (numbers.length === 0) return null
  return (
    <sup className="source-refs">
      {' ['}
      {numbers.map((number, index) => (
        <Fragment key={number}>
          {index > 0 && ', '}
          <a href={`#source-${number}`} aria-label={t('ref', { number })}>
            {number}
          </a>
        </Fragment>
      ))}
      {']'}
    </sup>
  )
}

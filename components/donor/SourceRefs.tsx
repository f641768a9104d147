import { useLocale, useTranslations } from 'next-intl'
import { Fragment } from 'react'
import { getPathname } from '@/lib/i18n/navigation'

/**
 * "[1, 3]": links to the "Sources" section, each named "Source 1" for screen readers. The
 * section is on this page, or on `listedAt` (the objectives page cites the list on "About this
 * data").
 */
export function SourceRefs({ numbers, listedAt }: { numbers: number[]; listedAt?: string }) {
  const t = useTranslations('Sources')
  const locale = useLocale()
  if (numbers.length === 0) return null
  const page = listedAt ? getPathname({ href: listedAt, locale }) : ''
  return (
    <sup className="source-refs">
      {' ['}
      {numbers.map((number, index) => (
        <Fragment key={number}>
          {index > 0 && ', '}
          <a href={`${page}#source-${number}`} aria-label={t('ref', { number })}>
            {number}
          </a>
        </Fragment>
      ))}
      {']'}
    </sup>
  )
}

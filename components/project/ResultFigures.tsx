import { useLocale } from 'next-intl'
import type { SourceIndex } from '@/lib/content/facts'
import type { HeadlineFigure } from '@/lib/content/headline-figures'
import { formatNumber } from '@/lib/i18n/format'
import { SourceRefs } from '../donor/SourceRefs'
import { LocalizedText } from '../LocalizedText'

/**
 * What a project achieved, figure first: the number with its unit, then one line saying what it
 * counts, then (on the overview) the numbers of its sources, notes at the end of the page. Plain
 * rows, not tiles: on the home page the figures stand inside a project's card, and a card inside a
 * card leaves two or three Georgian words a line at 320 px.
 */
export function ResultFigures({
  figures,
  sources,
}: {
  figures: HeadlineFigure[]
  /** The page's numbered notes; without them (the home page) the figures carry no marks. */
  sources?: SourceIndex
}) {
  const locale = useLocale()
  if (figures.length === 0) return null
  return (
    <ul className="result-figures">
      {figures.map(({ key, indicator, value }) => (
        <li key={key} className="result-figure">
          <p className="result-figure__value">
            <span className="result-figure__number">
              {formatNumber(value, locale)}
              {indicator.measure === '2' && !indicator.unit ? '%' : null}
            </span>{' '}
            <LocalizedText className="result-figure__unit" value={indicator.unit} />
          </p>
          <p className="result-figure__meaning">
            <LocalizedText value={indicator.title} />
            {sources && (
              <SourceRefs
                numbers={sources.numbers(indicator.sources)}
                listedAt={sources.listedAt}
              />
            )}
          </p>
        </li>
      ))}
    </ul>
  )
}

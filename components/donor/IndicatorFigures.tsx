import './figures.css'
import { useLocale, useTranslations } from 'next-intl'
import type { Indicator } from '@/lib/content/schemas'
import type { SourceIndex } from '@/lib/content/source-index'
import { formatNumber } from '@/lib/i18n/format'
import { LocalizedText } from '../LocalizedText'
import { IndicatorChart } from './IndicatorChart'
import { NotRecorded } from './NotRecorded'
import { periodLabel } from './period-label'
import { ScrollTable } from './ScrollTable'
import { SourceRefs } from './SourceRefs'

type Level = 3 | 4 | 5

/** An indicator: what it counts, its chart and the table of every figure. */
export function IndicatorFigures({
  indicator,
  sources,
  level,
}: {
  indicator: Indicator
  sources: SourceIndex
  level: Level
}) {
  const t = useTranslations('Results')
  const locale = useLocale()
  const Heading = `h${level}` as const
  const qualitative = indicator.measure === '5'
  const hasTargets = indicator.periods.some((period) => period.target !== null)
  const reported = !qualitative && !hasTargets && !indicator.baseline
  const value = (number: number | null) =>
    number === null ? <NotRecorded /> : formatNumber(number, locale)

  return (
    <div className="indicator">
      <Heading className="indicator__title">
        <LocalizedText value={indicator.title} />
        <SourceRefs numbers={sources.numbers(indicator.sources)} listedAt={sources.listedAt} />
      </Heading>
      <dl className="indicator__meta">
        {indicator.unit && (
          <div>
            <dt>{t('unit')}</dt>
            <dd>
              <LocalizedText value={indicator.unit} />
            </dd>
          </div>
        )}
        {indicator.baseline && (
          <div>
            <dt>{t('baseline')}</dt>
            <dd>
              {value(indicator.baseline.value)}
              {indicator.baseline.year ? ` (${indicator.baseline.year})` : null}
            </dd>
          </div>
        )}
        {indicator.dataSource && (
          <div>
            <dt>{t('dataSource')}</dt>
            <dd>
              <LocalizedText value={indicator.dataSource} />
            </dd>
          </div>
        )}
      </dl>
      {reported && <p className="indicator__reported">{t('reported')}</p>}
      {qualitative && <p className="indicator__reported">{t('qualitative')}</p>}
      <IndicatorChart indicator={indicator} />
      <ScrollTable
        className="indicator__table"
        caption={t('tableCaption', { title: indicator.title.value })}
      >
        <thead>
          <tr>
            <th scope="col">{t('period')}</th>
            {hasTargets && <th scope="col">{t('target')}</th>}
            {!qualitative && <th scope="col">{t('actual')}</th>}
            <th scope="col">{t('comment')}</th>
          </tr>
        </thead>
        <tbody>
          {indicator.periods.map((period) => (
            <tr key={period.key}>
              <th scope="row">{periodLabel(period, locale) ?? t('periodNotRecorded')}</th>
              {hasTargets && <td data-label={t('target')}>{value(period.target)}</td>}
              {!qualitative && <td data-label={t('actual')}>{value(period.actual)}</td>}
              <td data-label={t('comment')}>
                <LocalizedText value={period.comment} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </div>
  )
}

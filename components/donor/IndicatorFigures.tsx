import './figures.css'
import { useLocale, useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import type { Indicator } from '@/lib/content/schemas'
import type { SourceIndex } from '@/lib/content/facts'
import { formatNumber } from '@/lib/i18n/format'
import { LocalizedText } from '../LocalizedText'
import { IndicatorChart } from './IndicatorChart'
import { usePeriodLabel } from './period-label'
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
  const Heading = `h${level}` as const
  const qualitative = indicator.measure === '5'
  const hasTargets = indicator.periods.some((period) => period.target !== null)
  const reported = !qualitative && !hasTargets && !indicator.baseline

  return (
    <div className="indicator">
      <Heading className="indicator__title">
        <LocalizedText value={indicator.title} />
        <SourceRefs numbers={sources.numbers(indicator.sources)} listedAt={sources.listedAt} />
      </Heading>
      <IndicatorMeta indicator={indicator} />
      {reported && <p className="indicator__reported">{t('reported')}</p>}
      {qualitative && <p className="indicator__reported">{t('qualitative')}</p>}
      <IndicatorChart indicator={indicator} />
      <IndicatorTable indicator={indicator} hasTargets={hasTargets} qualitative={qualitative} />
    </div>
  )
}

/** A figure in the page's language; a dash in a table cell where no figure is recorded. */
function Figure({ value }: { value: number | null }) {
  const locale = useLocale()
  return value === null ? '—' : formatNumber(value, locale)
}

/** One labelled entry of the indicator's description list. */
function MetaItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/** Unit, baseline and data source, those that are recorded. */
function IndicatorMeta({ indicator }: { indicator: Indicator }) {
  const t = useTranslations('Results')
  return (
    <dl className="indicator__meta">
      {indicator.unit && (
        <MetaItem label={t('unit')}>
          <LocalizedText value={indicator.unit} />
        </MetaItem>
      )}
      {indicator.baseline && indicator.baseline.value !== null && (
        <MetaItem label={t('baseline')}>
          <Figure value={indicator.baseline.value} />
          {indicator.baseline.year ? ` (${indicator.baseline.year})` : null}
        </MetaItem>
      )}
      {indicator.dataSource && (
        <MetaItem label={t('dataSource')}>
          <LocalizedText value={indicator.dataSource} />
        </MetaItem>
      )}
    </dl>
  )
}

/** Each period's figures: its target where any has one, its actual unless qualitative. */
function IndicatorTable({
  indicator,
  hasTargets,
  qualitative,
}: {
  indicator: Indicator
  hasTargets: boolean
  qualitative: boolean
}) {
  const t = useTranslations('Results')
  const labelOf = usePeriodLabel()
  return (
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
            <th scope="row">{labelOf(period)}</th>
            {hasTargets && (
              <td data-label={t('target')}>
                <Figure value={period.target} />
              </td>
            )}
            {!qualitative && (
              <td data-label={t('actual')}>
                <Figure value={period.actual} />
              </td>
            )}
            <td data-label={t('comment')}>
              <LocalizedText value={period.comment} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  )
}

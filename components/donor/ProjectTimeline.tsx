import './figures.css'
import { useId } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import type { Timeline } from '@/lib/content/timeline'
import type { Localized } from '@/lib/content/schemas'
import { formatPartialDate } from '@/lib/i18n/format'
import { LocalizedText } from '../LocalizedText'
import { PartialDate } from '../PartialDate'
import { ScrollTable } from './ScrollTable'

const AXIS = 22
const ROW = 30
const BAR = 10

/**
 * The project's time line as server-rendered SVG: planned period as an outline, actual period as
 * a filled bar, activities with their own dates below, dots for dated figures and a line where
 * the next phase starts. The SVG names itself and its span; the table after it lists every date.
 * Horizontal positions are percentages of the column (not a scaled viewBox), so the labels keep
 * their size on a phone.
 */
export function ProjectTimeline({
  timeline,
  title,
}: {
  timeline: Timeline
  title: Localized<string>
}) {
  const t = useTranslations('Timeline')
  const locale = useLocale()
  const id = useId()
  /** Where a date lies, in per cent of the chart's width. */
  const x = (date: string, edge: 'start' | 'end') => timeline.position(date, edge) * 100
  const pct = (value: number) => `${value}%`
  const bars = timeline.rows.flatMap((row) => [
    ...(row.planned
      ? [{ key: `${row.key}:planned`, row, kind: 'planned' as const, span: row.planned }]
      : []),
    ...(row.actual
      ? [{ key: `${row.key}:actual`, row, kind: 'actual' as const, span: row.actual }]
      : []),
  ])
  const markerRow = AXIS + bars.length * ROW
  const height = markerRow + (timeline.markers.length ? ROW : 0) + 4
  const first = timeline.years[0] ?? 0
  const last = timeline.years.at(-1) ?? first

  return (
    <section aria-labelledby="timeline" className="section timeline">
      <h2 id="timeline">{t('heading')}</h2>
      {timeline.activitiesWithDates === 0 && <p>{t('noActivityDates')}</p>}
      <svg
        className="timeline__chart"
        width="100%"
        height={height}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{t('chartTitle', { title: title.value })}</title>
        <desc id={`${id}-desc`}>
          {t('chartSummary', { start: String(first), end: String(last) })}
        </desc>
        {timeline.years.map((year, index) => {
          const left = x(`${year}-01-01`, 'start')
          return (
            <g key={year} className="timeline__tick">
              <line x1={pct(left)} x2={pct(left)} y1={AXIS - 6} y2={height} />
              {index < timeline.years.length - 1 && (
                <text x={pct(left)} dx={3} y={AXIS - 9}>
                  {year}
                </text>
              )}
            </g>
          )
        })}
        {bars.map((bar, index) => {
          const top = AXIS + index * ROW
          const start = x(bar.span.start, 'start')
          const end = bar.span.end ? x(bar.span.end, 'end') : 100
          return (
            <g key={bar.key} className={`timeline__bar timeline__bar--${bar.kind}`}>
              {/* Labels of late bars start further left, so they stay inside the chart. */}
              <text x={pct(Math.min(start, 60))} dx={2} y={top + 9}>
                {bar.row.number ? `${bar.row.number} · ` : ''}
                {t(bar.kind)}
              </text>
              <rect
                x={pct(start)}
                y={top + 13}
                width={pct(Math.max(0.4, end - start))}
                height={BAR}
                rx={2}
              />
            </g>
          )
        })}
        {timeline.markers.map((marker) =>
          marker.kind === 'followUp' ? (
            <line
              key={marker.key}
              className="timeline__follow-up"
              x1={pct(x(marker.date, 'start'))}
              x2={pct(x(marker.date, 'start'))}
              y1={AXIS - 4}
              y2={height}
            />
          ) : (
            <circle
              key={marker.key}
              className="timeline__figure"
              cx={pct(x(marker.date, 'start'))}
              cy={markerRow + 14}
              r={5}
            />
          ),
        )}
      </svg>
      <ScrollTable className="timeline__table" caption={t('caption')}>
        <thead>
          <tr>
            <th scope="col">{t('item')}</th>
            <th scope="col">{t('start')}</th>
            <th scope="col">{t('end')}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">
                {t.rich(bar.kind === 'planned' ? 'rowPlanned' : 'rowActual', {
                  name: () =>
                    bar.row.number ? (
                      <>
                        {bar.row.number} <LocalizedText value={bar.row.label} />
                      </>
                    ) : (
                      t('project')
                    ),
                })}
              </th>
              <td data-label={t('start')}>
                <PartialDate value={bar.span.start} />
              </td>
              <td data-label={t('end')}>
                {bar.span.end ? <PartialDate value={bar.span.end} /> : t('open')}
              </td>
            </tr>
          ))}
          {timeline.markers.map((marker) => (
            <tr key={marker.key}>
              <th scope="row">
                {t(marker.kind === 'followUp' ? 'followUp' : 'milestone')}
                {marker.label && (
                  <>
                    : <LocalizedText value={marker.label} />
                  </>
                )}
              </th>
              <td colSpan={2} data-label={t('date')}>
                <time dateTime={marker.date}>{formatPartialDate(marker.date, locale)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  )
}

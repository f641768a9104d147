import './figures.css'
import { useLocale, useTranslations } from 'next-intl'
import type { Timeline, TimelineMarker, TimelineRow } from '@/lib/content/timeline'
import type { Localized } from '@/lib/content/schemas'
import { formatPartialDate } from '@/lib/i18n/format'
import { LocalizedText } from '../LocalizedText'
import { PartialDate } from '../PartialDate'
import { labelEvery } from './chart-scale'
import { periodLabel } from './period-label'
import { ScrollTable } from './ScrollTable'
import { SvgChart, VerticalLine, percent } from './SvgChart'

const AXIS = 24
/**
 * A period's row: what it is, its dates, its bar. Lines of 14 px text are 20 px apart: Mkhedruli's
 * ascenders and descenders need the room.
 */
const BAR_ROW = 58
const BAR = 10
/** A dated figure's or the next phase's row: what it is, then its mark with its date beside. */
const MARKER_ROW = 46

/** A row's planned or actual period: one bar of the chart and one line of the table. */
type Bar = {
  key: string
  row: TimelineRow
  kind: 'planned' | 'actual'
  span: NonNullable<TimelineRow['planned']>
}

/** Each row's planned period, then its actual one, where recorded. */
function timelineBars(timeline: Timeline): Bar[] {
  return timeline.rows.flatMap((row) => [
    ...(row.planned
      ? [{ key: `${row.key}:planned`, row, kind: 'planned' as const, span: row.planned }]
      : []),
    ...(row.actual
      ? [{ key: `${row.key}:actual`, row, kind: 'actual' as const, span: row.actual }]
      : []),
  ])
}

/**
 * The project's time line as server-rendered SVG: planned period as an outline, actual period as
 * a filled bar, activities with their own dates below, dots for dated figures and a line where
 * the next phase starts, each with what it is and its dates written beside it. The SVG names
 * itself and its span; the table after it lists every date.
 */
export function ProjectTimeline({
  timeline,
  title,
}: {
  timeline: Timeline
  title: Localized<string>
}) {
  const t = useTranslations('Timeline')
  const bars = timelineBars(timeline)
  return (
    <section aria-labelledby="timeline" className="section timeline">
      <h2 id="timeline">{t('heading')}</h2>
      {timeline.activitiesWithDates === 0 && <p>{t('noActivityDates')}</p>}
      <TimelineChart timeline={timeline} bars={bars} title={title} />
      <TimelineTable timeline={timeline} bars={bars} />
    </section>
  )
}

/** Where a date lies, in per cent of the chart's width. */
const positionOf = (timeline: Timeline, date: string, edge: 'start' | 'end') =>
  timeline.position(date, edge) * 100

function TimelineChart({
  timeline,
  bars,
  title,
}: {
  timeline: Timeline
  bars: Bar[]
  title: Localized<string>
}) {
  const t = useTranslations('Timeline')
  const markersTop = AXIS + bars.length * BAR_ROW
  const height = markersTop + timeline.markers.length * MARKER_ROW + 4
  const first = timeline.years[0] ?? 0
  const last = timeline.years.at(-1) ?? first
  return (
    <SvgChart
      className="timeline__chart"
      height={height}
      title={t('chartTitle', { title: title.value })}
      description={t('chartSummary', { start: String(first), end: String(last) })}
    >
      <YearTicks timeline={timeline} height={height} />
      {/* Lines down the whole chart go first: the rows' text is written over them. */}
      {timeline.markers
        .filter((marker) => marker.kind === 'followUp')
        .map((marker) => (
          <VerticalLine
            key={marker.key}
            className="timeline__follow-up"
            x={percent(positionOf(timeline, marker.date, 'start'))}
            top={AXIS - 4}
            bottom={height}
          />
        ))}
      {bars.map((bar, index) => (
        <TimelineBar
          key={bar.key}
          bar={bar}
          top={AXIS + index * BAR_ROW}
          start={positionOf(timeline, bar.span.start, 'start')}
          end={bar.span.end ? positionOf(timeline, bar.span.end, 'end') : 100}
        />
      ))}
      {timeline.markers.map((marker, index) => (
        <MarkerMark
          key={marker.key}
          marker={marker}
          top={markersTop + index * MARKER_ROW}
          at={positionOf(timeline, marker.date, 'start')}
        />
      ))}
    </SvgChart>
  )
}

/**
 * A line where each year starts, labelled with that year (every other year, or fewer, where
 * many years would crowd a phone); the last line closes the axis.
 */
function YearTicks({ timeline, height }: { timeline: Timeline; height: number }) {
  const every = labelEvery(timeline.years.length - 1, 4)
  return timeline.years.map((year, index) => {
    const left = percent(positionOf(timeline, `${year}-01-01`, 'start'))
    return (
      <g key={year} className="timeline__tick">
        <VerticalLine x={left} top={AXIS - 6} bottom={height} />
        {index < timeline.years.length - 1 && index % every === 0 && (
          <text x={left} dx={3} y={AXIS - 8}>
            {year}
          </text>
        )}
      </g>
    )
  })
}

/**
 * A period as a bar from `start` to `end` (per cent of the chart's width) under two lines of
 * text: what it is ("Project: planned"), and its dates. The text starts at the chart's left
 * edge, where a phone has room for it whatever the bar's place.
 */
function TimelineBar({
  bar,
  top,
  start,
  end,
}: {
  bar: Bar
  top: number
  start: number
  end: number
}) {
  const t = useTranslations('Timeline')
  const locale = useLocale()
  const { span } = bar
  return (
    <g className={`timeline__bar timeline__bar--${bar.kind}`}>
      <text className="timeline__what" x={0} y={top + 15}>
        {t.rich(bar.kind === 'planned' ? 'rowPlanned' : 'rowActual', {
          name: () => bar.row.number ?? t('project'),
        })}
      </text>
      <text x={0} y={top + 35}>
        {span.end
          ? periodLabel({ start: span.start, end: span.end }, locale, 'short')
          : t('from', { date: formatPartialDate(span.start, locale, 'short') })}
      </text>
      <rect
        x={percent(start)}
        y={top + 41}
        width={percent(Math.max(0.4, end - start))}
        height={BAR}
        rx={2}
      />
    </g>
  )
}

/**
 * A dated figure (a dot) or the next phase's start (its line down the chart is drawn first) in a
 * row of its own: what it is, then its date beside the mark, on the side with more room.
 */
function MarkerMark({
  marker,
  top,
  at,
}: {
  marker: TimelineMarker
  top: number
  /** Position in per cent of the chart's width. */
  at: number
}) {
  const t = useTranslations('Timeline')
  const locale = useLocale()
  const x = percent(at)
  const after = at < 50
  return (
    <g className={`timeline__marker timeline__marker--${marker.kind}`}>
      <text className="timeline__what" x={0} y={top + 15}>
        {t(marker.kind === 'followUp' ? 'followUp' : 'milestone')}
      </text>
      {marker.kind === 'figure' && (
        <circle className="timeline__figure" cx={x} cy={top + 32} r={5} />
      )}
      <text x={x} dx={after ? 10 : -10} y={top + 37} textAnchor={after ? 'start' : 'end'}>
        {formatPartialDate(marker.date, locale, 'short')}
      </text>
    </g>
  )
}

/** Every date of the chart in a table: the periods, then the markers. */
function TimelineTable({ timeline, bars }: { timeline: Timeline; bars: Bar[] }) {
  const t = useTranslations('Timeline')
  return (
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
          <MarkerRow key={marker.key} marker={marker} />
        ))}
      </tbody>
    </ScrollTable>
  )
}

/** A dated figure or the next phase's start: what it is and its date. */
function MarkerRow({ marker }: { marker: TimelineMarker }) {
  const t = useTranslations('Timeline')
  const locale = useLocale()
  return (
    <tr>
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
  )
}

/**
 * Results and indicators. Values go out as recorded: a qualitative indicator has no values (IATI),
 * a period without dates cannot be published and is left out with a comment, and a figure without
 * a target has no <target>.
 */
import type { Indicator, IndicatorPeriod, Localized, Result } from '@/lib/content/schemas'
import { narratives } from './narratives'
import { comment, el, type XmlNode } from './xml'

const pick = <T extends { key: string }>(versions: T[][], key: string, fallback: T) =>
  versions.map((list) => list.find((item) => item.key === key) ?? fallback)

function commentOf(texts: (Localized<string> | null)[]) {
  return el('comment', {}, ...narratives(texts))
}

function periodElement(indicator: Indicator, versions: IndicatorPeriod[]): XmlNode {
  const [period] = versions
  if (!period?.start || !period.end) {
    return comment(
      `A period of "${indicator.title.value}" has no dates (actual: ${period?.actual ?? 'none'}); not exported.`,
    )
  }
  const qualitative = indicator.measure === '5'
  const texts = versions.map((item) => item.comment)
  const value = (number: number | null) => (qualitative ? null : number)
  const hasActual = qualitative ? texts.some(Boolean) : period.actual !== null
  return el(
    'period',
    {},
    el('period-start', { 'iso-date': period.start }, { required: true }),
    el('period-end', { 'iso-date': period.end }, { required: true }),
    !qualitative && period.target !== null
      ? el('target', { value: period.target }, { requires: ['value'] })
      : null,
    hasActual ? el('actual', { value: value(period.actual) }, commentOf(texts)) : null,
  )
}

function indicatorElement(versions: Indicator[]): XmlNode {
  const [indicator] = versions
  if (!indicator) return comment('An indicator could not be read.')
  const qualitative = indicator.measure === '5'
  const baseline = indicator.baseline
  return el(
    'indicator',
    { measure: indicator.measure, ascending: qualitative ? null : indicator.ascending ? '1' : '0' },
    el('title', {}, { required: true }, ...narratives(versions.map((item) => item.title))),
    el('description', {}, ...narratives(versions.map((item) => item.dataSource))),
    baseline?.year
      ? el(
          'baseline',
          { year: baseline.year, value: qualitative ? null : baseline.value },
          commentOf(versions.map((item) => item.baseline?.comment ?? null)),
        )
      : null,
    ...indicator.periods.map((period) =>
      periodElement(
        indicator,
        pick(
          versions.map((item) => item.periods),
          period.key,
          period,
        ),
      ),
    ),
  )
}

/** A result in every language version (the primary first). */
export function resultElement(versions: Result[]): XmlNode {
  const [result] = versions
  if (!result) return comment('A result could not be read.')
  if (result.indicators.length === 0) {
    return comment(`Result "${result.title.value}" has no indicator; not exported.`)
  }
  const aggregation = result.aggregationStatus
  return el(
    'result',
    {
      type: result.type,
      'aggregation-status': aggregation === null ? null : aggregation ? '1' : '0',
    },
    el('title', {}, { required: true }, ...narratives(versions.map((item) => item.title))),
    el('description', {}, ...narratives(versions.map((item) => item.description))),
    ...result.indicators.map((indicator) =>
      indicatorElement(
        pick(
          versions.map((item) => item.indicators),
          indicator.key,
          indicator,
        ),
      ),
    ),
  )
}

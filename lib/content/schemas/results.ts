/**
 * Results with their indicators. A figure a source reports without a baseline or a target is an
 * actual value on its own: nothing here fills in what was not measured.
 */
import { z } from 'zod'
import type { Locale } from '@/lib/i18n/routing'
import { INDICATOR_MEASURE_VALUES, RESULT_TYPE_VALUES } from '../donor-vocabulary'
import { isoDate, listOf, localizedFields, order, perLocale } from './primitives'
import { sourceList } from './sources'

const value = z.number().finite().nullish()

const periodSchema = perLocale((locale: Locale) =>
  z
    .object({
      key: z.string(),
      start: isoDate.nullish(),
      end: isoDate.nullish(),
      target: value,
      actual: value,
      comment: localizedFields(locale).title.optional,
    })
    .refine((raw) => !raw.start || !raw.end || raw.start <= raw.end, {
      error: 'period ends before it starts',
    })
    .transform((raw) => ({
      key: raw.key,
      // A period is dated only when both ends are known.
      start: raw.start && raw.end ? raw.start : null,
      end: raw.start && raw.end ? raw.end : null,
      target: raw.target ?? null,
      actual: raw.actual ?? null,
      comment: raw.comment,
    })),
)
export type IndicatorPeriod = z.output<ReturnType<typeof periodSchema>>

const baselineSchema = perLocale((locale: Locale) =>
  z
    .object({
      year: z.number().int().min(1900).max(2200).nullish(),
      value,
      comment: localizedFields(locale).title.optional,
    })
    .nullish()
    .transform((raw) =>
      raw && (raw.year != null || raw.value != null)
        ? { year: raw.year ?? null, value: raw.value ?? null, comment: raw.comment }
        : null,
    ),
)

export const indicatorSchema = perLocale((locale: Locale) => {
  const text = localizedFields(locale)
  return z
    .object({
      key: z.string(),
      title: text.title.required,
      measure: z.enum(INDICATOR_MEASURE_VALUES),
      unit: text.shortTitle.optional,
      ascending: z.boolean().nullish(),
      baseline: baselineSchema(locale),
      dataSource: text.text.optional,
      periods: listOf(periodSchema(locale), 'indicator period'),
      sources: sourceList(locale),
    })
    .transform((raw) => ({ ...raw, ascending: raw.ascending !== false }))
})
export type Indicator = z.output<ReturnType<typeof indicatorSchema>>

export const resultSchema = perLocale((locale: Locale) => {
  const text = localizedFields(locale)
  return z
    .object({
      id: z.string(),
      order,
      type: z.enum(RESULT_TYPE_VALUES),
      title: text.title.required,
      description: text.text.optional,
      objective: z.string().nullish(),
      cluster: z.string().nullish(),
      activities: z.array(z.string()).nullish(),
      aggregationStatus: z.boolean().nullish(),
      indicators: listOf(indicatorSchema(locale), 'indicator'),
      sources: sourceList(locale),
    })
    .transform((raw) => ({
      ...raw,
      objective: raw.objective ?? null,
      cluster: raw.cluster ?? null,
      activities: raw.activities ?? [],
      aggregationStatus: raw.aggregationStatus ?? null,
    }))
})
export type Result = z.output<ReturnType<typeof resultSchema>>

export const resultList = perLocale((locale: Locale) => listOf(resultSchema(locale), 'result'))

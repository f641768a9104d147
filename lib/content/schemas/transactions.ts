/**
 * What a project's IATI file states beyond its budget and defaults, only where a source gives it:
 * transactions (each with its day and its sources) and OECD DAC policy markers (each sourced or
 * assumed with a recorded reason). A transaction whose sources are all gone is left out, so the
 * file never gives one without its provenance.
 */
import { z } from 'zod'
import type { Locale } from '@/lib/i18n/routing'
import {
  CURRENCY_VALUES,
  POLICY_MARKER_VALUES,
  POLICY_SIGNIFICANCE_VALUES,
  TRANSACTION_TYPE_VALUES,
} from '../donor-vocabulary'
import { organizationSchema } from './organization'
import { isoDate, listOf, localizedFields, perLocale } from './primitives'
import { sourceList } from './sources'
import { warnOnce } from './validate'

const transactionSchema = perLocale((locale: Locale) =>
  z
    .object({
      key: z.string(),
      transactionType: z.enum(TRANSACTION_TYPE_VALUES),
      date: isoDate,
      amount: z.number().finite().nonnegative(),
      currency: z.enum(CURRENCY_VALUES),
      valueDate: isoDate,
      provider: organizationSchema(locale).nullish(),
      receiver: organizationSchema(locale).nullish(),
      description: localizedFields(locale).text.optional,
      sources: sourceList(locale),
    })
    .transform((raw) => ({
      key: raw.key,
      type: raw.transactionType,
      date: raw.date,
      value: { amount: raw.amount, currency: raw.currency, valueDate: raw.valueDate },
      provider: raw.provider ?? null,
      receiver: raw.receiver ?? null,
      description: raw.description,
      sources: raw.sources,
    })),
)
export type Transaction = z.output<ReturnType<typeof transactionSchema>>

/** A project's transactions: valid ones that still rest on a source. */
export const transactionList = perLocale((locale: Locale) =>
  listOf(transactionSchema(locale), 'transaction').transform((items) =>
    items.filter((item) => {
      if (item.sources.length > 0) return true
      warnOnce(`[content] ignored transaction ${item.key}: it has no source`)
      return false
    }),
  ),
)

const policyMarkerSchema = perLocale((locale: Locale) =>
  z
    .object({
      key: z.string(),
      code: z.enum(POLICY_MARKER_VALUES),
      significance: z.enum(POLICY_SIGNIFICANCE_VALUES),
      assumption: z.string().trim().max(500).nullish(),
      sources: sourceList(locale),
    })
    .transform((raw) => ({ ...raw, assumption: raw.assumption || null })),
)
export type PolicyMarker = z.output<ReturnType<typeof policyMarkerSchema>>

export const policyMarkerList = perLocale((locale: Locale) =>
  listOf(policyMarkerSchema(locale), 'policy marker'),
)

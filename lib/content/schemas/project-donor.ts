/**
 * What a donor looks for on a project, beyond its texts: official names, money, status facts,
 * contact, places, documents, results, the IATI classifications and the sources of it all.
 */
import { z } from 'zod'
import type { Locale } from '@/lib/i18n/routing'
import {
  ACTIVITY_SCOPE_VALUES,
  AID_TYPE_VALUES,
  COLLABORATION_TYPE_VALUES,
  CURRENCY_VALUES,
  FINANCE_TYPE_VALUES,
  FLOW_TYPE_VALUES,
  IATI_DEFAULT_VALUES,
  IATI_ID_STATUS_VALUES,
  TIED_STATUS_VALUES,
} from '../donor-vocabulary'
import { financeShape, lenient } from './finance'
import { placesShape } from './places'
import { isoDate, localizedFields, optionalWebUrl, perLocale } from './primitives'
import { resultList } from './results'
import { citationList } from './sources'
import { policyMarkerList, transactionList } from './transactions'

const contactSchema = perLocale((locale: Locale) => {
  const text = localizedFields(locale)
  return z.object({
    name: text.title.required,
    email: z.email().nullish(),
    telephone: z.string().trim().max(40).nullish(),
    website: optionalWebUrl,
    address: text.text.optional,
  })
})

export const projectDonorShape = perLocale((locale: Locale) => {
  const text = localizedFields(locale)
  return {
    editorialNote: text.text.optional,
    officialName: text.title.optional,
    officialShortName: text.shortTitle.optional,
    ...financeShape,
    transactions: transactionList(locale),
    fundingReference: z.string().trim().max(100).nullish(),
    followUp: lenient(
      z.object({ title: text.title.optional, startDate: isoDate.nullish() }),
      'follow-up phase',
    ),
    contact: lenient(contactSchema(locale), 'contact'),
    lastReviewed: isoDate.nullish(),
    ...placesShape(locale),
    citations: citationList(locale),
    iatiIdentifierStatus: z.enum(IATI_ID_STATUS_VALUES).nullish(),
    defaultFlowType: z.enum(FLOW_TYPE_VALUES).nullish(),
    defaultFinanceType: z.enum(FINANCE_TYPE_VALUES).nullish(),
    defaultAidType: z.enum(AID_TYPE_VALUES).nullish(),
    defaultTiedStatus: z.enum(TIED_STATUS_VALUES).nullish(),
    collaborationType: z.enum(COLLABORATION_TYPE_VALUES).nullish(),
    activityScope: z.enum(ACTIVITY_SCOPE_VALUES).nullish(),
    defaultCurrency: z.enum(CURRENCY_VALUES).nullish(),
    iatiAssumptions: lenient(
      z.array(z.object({ fact: z.enum(IATI_DEFAULT_VALUES), note: z.string().trim().min(1) })),
      'assumed IATI defaults',
    ),
    policyMarkers: policyMarkerList(locale),
    results: resultList(locale),
  }
})
type Raw = z.output<z.ZodObject<ReturnType<typeof projectDonorShape>>>

export function projectDonorOf(raw: Raw) {
  const contact = raw.contact
  return {
    editorialNote: raw.editorialNote,
    officialName: raw.officialName,
    officialShortName: raw.officialShortName,
    totalBudget: raw.totalBudget,
    euContribution: raw.euContribution,
    budgetByCluster: raw.budgetByCluster ?? [],
    annualBudgets: raw.annualBudgets ?? [],
    /** Transactions a source states, each with its sources; none where no source gives one. */
    transactions: raw.transactions,
    fundingReference: raw.fundingReference || null,
    followUp:
      raw.followUp && (raw.followUp.title || raw.followUp.startDate)
        ? {
            title: raw.followUp.title,
            startDate: raw.followUp.startDate ?? null,
          }
        : null,
    contact: contact && {
      name: contact.name,
      email: contact.email ?? null,
      telephone: contact.telephone || null,
      website: contact.website ?? null,
      address: contact.address,
    },
    lastReviewed: raw.lastReviewed ?? null,
    locations: raw.locations,
    documents: raw.documents,
    citations: raw.citations,
    iati: {
      identifierStatus: raw.iatiIdentifierStatus ?? null,
      flowType: raw.defaultFlowType ?? null,
      financeType: raw.defaultFinanceType ?? null,
      aidType: raw.defaultAidType ?? null,
      tiedStatus: raw.defaultTiedStatus ?? null,
      collaborationType: raw.collaborationType ?? null,
      activityScope: raw.activityScope ?? null,
      currency: raw.defaultCurrency ?? null,
      /** Defaults no source states, each with why it is assumed. */
      assumptions: raw.iatiAssumptions ?? [],
      /** OECD DAC policy markers, each with its sources or the reason it is assumed. */
      policyMarkers: raw.policyMarkers,
    },
    results: raw.results,
  }
}
export type ProjectDonorFacts = ReturnType<typeof projectDonorOf>

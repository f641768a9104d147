/**
 * What the file states only where a source gives it: transactions (IATI places them after the
 * budgets), the OECD DAC policy markers (after the sectors), and the total budget a source gives
 * without a split by year, as a sentence of the description with its source (an incoming
 * commitment would need the day of the commitment, which no source gives).
 */
import { createTranslator } from 'next-intl'
import type { Localized, Organization, Source, Transaction } from '@/lib/content/schemas'
import { citationOf } from '@/lib/content/schemas/sources'
import { formatMoney } from '@/lib/i18n/format'
import { messages } from '@/lib/i18n/messages'
import type { IatiContext } from './context'
import { narratives, textElement } from './narratives'
import { comment, el, type XmlNode } from './xml'

const sourceLine = (sources: Source[]) => sources.map((source) => source.url).join(', ')

/** A transaction's organisation, named in every language (its ref and type where recorded). */
function organisationElement(
  name: 'provider-org' | 'receiver-org',
  versions: (Organization | null)[],
): XmlNode | null {
  const [organization] = versions
  if (!organization) return null
  return el(
    name,
    { ref: organization.iatiIdentifier, type: organization.type },
    ...narratives(versions.map((version) => version?.name ?? organization.name)),
  )
}

function transactionElement(context: IatiContext, transaction: Transaction): XmlNode[] {
  const versions = context.acrossLanguages((project) =>
    project.transactions.find((item) => item.key === transaction.key),
  )
  const each = <T>(pick: (item: Transaction) => T) =>
    versions.map((version) => pick(version ?? transaction))
  return [
    comment(`Transaction source: ${sourceLine(transaction.sources)}`),
    el(
      'transaction',
      {},
      el('transaction-type', { code: transaction.type }, { requires: ['code'], required: true }),
      el(
        'transaction-date',
        { 'iso-date': transaction.date },
        { requires: ['iso-date'], required: true },
      ),
      el(
        'value',
        { currency: transaction.value.currency, 'value-date': transaction.value.valueDate },
        { requires: ['value-date'], required: true },
        String(transaction.value.amount),
      ),
      textElement(
        'description',
        each((item) => item.description),
      ),
      organisationElement(
        'provider-org',
        each((item) => item.provider),
      ),
      organisationElement(
        'receiver-org',
        each((item) => item.receiver),
      ),
    ),
  ]
}

/** The transactions a source states; none recorded, none written (the readiness report says so). */
export const transactions = (context: IatiContext): XmlNode[] =>
  context.project.transactions.flatMap((transaction) => transactionElement(context, transaction))

/** The policy markers recorded, after a comment where one is assumed rather than sourced. */
export function policyMarkers(context: IatiContext): XmlNode[] {
  return context.project.iati.policyMarkers
    .flatMap((marker) => [
      marker.sources.length > 0
        ? null
        : comment(
            marker.assumption
              ? `policy-marker ${marker.code} is assumed, not sourced: ${marker.assumption}`
              : `policy-marker ${marker.code} is recorded without a source or a recorded assumption.`,
          ),
      el(
        'policy-marker',
        { vocabulary: '1', code: marker.code, significance: marker.significance },
        { requires: ['code', 'significance'] },
      ),
    ])
    .filter((node): node is XmlNode => node !== null)
}

/**
 * The total budget, where it is not split by year, as a sentence of the description in every
 * language, with the pages it rests on (none cited: no sentence, the file's comment still says it).
 */
export function totalBudgetDescription(context: IatiContext): XmlNode | null {
  const { totalBudget, annualBudgets } = context.project
  if (!totalBudget || annualBudgets.length > 0) return null
  const texts = context.input.languages.map(({ locale, project }): Localized<string> | null => {
    const citation = citationOf(project.citations, 'totalBudget')
    if (!citation) return null
    const t = createTranslator({ locale, messages: messages[locale], namespace: 'IatiFile' })
    const publishers = [...new Set(citation.sources.map((source) => source.publisher.value))]
    return {
      value: t('totalBudget', {
        amount: formatMoney(totalBudget, locale),
        publishers: publishers.join('; '),
        urls: sourceLine(citation.sources),
      }),
      lang: locale,
    }
  })
  return textElement('description', texts, { type: '4' })
}

/** Money and classifications: budgets, the default flow, finance and aid types, the contact. */
import type { IatiDefault } from '@/lib/content/donor-vocabulary'
import type { IatiContext } from './context'
import { narratives } from './narratives'
import { comment, el, type XmlNode } from './xml'

function budget(start: string, end: string, amount: number, currency: string) {
  return el(
    'budget',
    {},
    el('period-start', { 'iso-date': start }, { requires: ['iso-date'], required: true }),
    el('period-end', { 'iso-date': end }, { requires: ['iso-date'], required: true }),
    // The value date fixes the exchange rate; IATI's guidance is the start of the budget period.
    el('value', { currency, 'value-date': start }, { required: true }, String(amount)),
  )
}

/**
 * Budgets per year where the Studio has them. A total that is not split by year is not a
 * `<budget>`: IATI's budgets cover at most a year (rule 7.5.3). The file states it in a comment, the
 * description gives it with its source (./transactions.ts) and the readiness report lists the
 * missing split as blocking.
 */
export function budgets(context: IatiContext): XmlNode[] {
  const { totalBudget, annualBudgets } = context.project
  if (!totalBudget) return [comment('No budget is recorded.')]
  if (annualBudgets.length > 0) {
    return annualBudgets.map((year) =>
      budget(year.start, year.end, year.amount, totalBudget.currency),
    )
  }
  return [
    comment(
      `Total budget ${totalBudget.amount} ${totalBudget.currency}: not split by year, so not a <budget> (IATI: a budget period is at most a year; Studio: Project → Finances → Budget by year). The description of type 4 gives it with its source.`,
    ),
  ]
}

/** A default's element, after a comment when its value is assumed rather than sourced. */
function defaultElement(
  context: IatiContext,
  field: IatiDefault,
  name: string,
  attributes: Record<string, string> = {},
): XmlNode[] {
  const value = context.defaults.get(field)
  if (!value) return []
  const note =
    value.basis === 'sourced'
      ? null
      : comment(
          value.basis === 'assumed'
            ? `${name} ${value.code} is assumed, not sourced: ${value.note}`
            : `${name} ${value.code} is recorded without a source or a recorded assumption.`,
        )
  return [note, el(name, { code: value.code, ...attributes }, { requires: ['code'] })].filter(
    (node): node is XmlNode => node !== null,
  )
}

/** Scope: where the activity takes place (IATI places it before the recipient country). */
export const activityScope = (context: IatiContext) =>
  defaultElement(context, 'activityScope', 'activity-scope')

/** Collaboration, flow, finance, aid type and tied status, in the schema's order. */
export function defaultTypes(context: IatiContext): XmlNode[] {
  return [
    ...defaultElement(context, 'collaborationType', 'collaboration-type'),
    ...defaultElement(context, 'defaultFlowType', 'default-flow-type'),
    ...defaultElement(context, 'defaultFinanceType', 'default-finance-type'),
    ...defaultElement(context, 'defaultAidType', 'default-aid-type', { vocabulary: '1' }),
    ...defaultElement(context, 'defaultTiedStatus', 'default-tied-status'),
  ]
}

/** IATI contact-info type 1, general enquiries. */
export function contactInfo(context: IatiContext): XmlNode | null {
  const contact = context.project.contact
  if (!contact) return null
  const names = context.projectTexts((project) => project.contact?.name ?? null)
  const addresses = context.projectTexts((project) => project.contact?.address ?? null)
  return el(
    'contact-info',
    { type: '1' },
    el('organisation', {}, ...narratives(names)),
    el('telephone', {}, contact.telephone),
    el('email', {}, contact.email),
    el('website', {}, contact.website),
    el('mailing-address', {}, ...narratives(addresses)),
  )
}

/**
 * The project's IATI defaults (flow, finance, aid type, tied status, collaboration type, activity
 * scope, currency) with where each value comes from: a cited source, an assumption the editor
 * recorded with its reason, or nothing (a value with neither is "unstated"). The file writes every
 * recorded value and says in a comment which are assumed; the readiness report names them.
 */
import type { Project } from '@/lib/content/schemas'
import { citationOf } from '@/lib/content/schemas/sources'
import { IATI_DEFAULT_VALUES, type IatiDefault } from '@/lib/content/donor-vocabulary'

export type DefaultBasis = 'sourced' | 'assumed' | 'unstated'
export type IatiDefaultValue = {
  field: IatiDefault
  code: string
  basis: DefaultBasis
  note: string | null
}

function recorded(
  project: Project,
  field: IatiDefault,
): { code: string | null; fact: IatiDefault | 'totalBudget' } {
  const { iati } = project
  switch (field) {
    case 'defaultFlowType':
      return { code: iati.flowType, fact: field }
    case 'defaultFinanceType':
      return { code: iati.financeType, fact: field }
    case 'defaultAidType':
      return { code: iati.aidType, fact: field }
    case 'defaultTiedStatus':
      return { code: iati.tiedStatus, fact: field }
    case 'collaborationType':
      return { code: iati.collaborationType, fact: field }
    case 'activityScope':
      return { code: iati.activityScope, fact: field }
    case 'defaultCurrency':
      // Unset, the currency is the recorded budget's, which rests on the budget's source.
      return iati.currency
        ? { code: iati.currency, fact: field }
        : { code: project.totalBudget?.currency ?? null, fact: 'totalBudget' }
  }
}

/** Every default with its value and basis; those without a value are left out. */
export function iatiDefaults(project: Project): Map<IatiDefault, IatiDefaultValue> {
  const values = new Map<IatiDefault, IatiDefaultValue>()
  for (const field of IATI_DEFAULT_VALUES) {
    const { code, fact } = recorded(project, field)
    if (!code) continue
    const assumption = project.iati.assumptions.find((entry) => entry.fact === field)
    const basis: DefaultBasis = citationOf(project.citations, fact)
      ? 'sourced'
      : assumption
        ? 'assumed'
        : 'unstated'
    values.set(field, {
      field,
      code,
      basis,
      note: basis === 'assumed' ? (assumption?.note ?? null) : null,
    })
  }
  return values
}

/** The defaults no value is recorded for. */
export const missingDefaults = (project: Project) => {
  const recordedValues = iatiDefaults(project)
  return IATI_DEFAULT_VALUES.filter((field) => !recordedValues.has(field))
}

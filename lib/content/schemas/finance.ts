/**
 * A project's money: the total, the EU's part, the split by cluster and by year. A malformed amount
 * is logged and treated as not recorded, so one bad figure never takes a project page down.
 */
import { z } from 'zod'
import { CURRENCY_VALUES } from '../donor-vocabulary'
import { isoDate } from './primitives'
import { warnOnce } from './validate'

/** Parses with `schema`; on failure logs what is wrong and yields null ("not recorded"). */
export function lenient<S extends z.ZodType>(schema: S, what: string) {
  return schema
    .nullish()
    .catch((context) => {
      const issue = context.error.issues[0]
      warnOnce(
        `[content] ignored ${what}: ${issue?.path.join('.') || '(value)'}: ${issue?.message}`,
      )
      return null
    })
    .transform((value) => value ?? null)
}

export const moneySchema = z.object({
  amount: z.number().finite().nonnegative(),
  currency: z.enum(CURRENCY_VALUES),
})
export type Money = z.output<typeof moneySchema>

const clusterBudget = z.object({ cluster: z.string(), amount: z.number().finite().nonnegative() })
const annualBudget = z
  .object({ start: isoDate, end: isoDate, amount: z.number().finite().nonnegative() })
  .refine((budget) => budget.start <= budget.end, { error: 'period ends before it starts' })

/** The finance fields of a project, as the query returns them. */
export const financeShape = {
  totalBudget: lenient(moneySchema, 'total budget'),
  euContribution: lenient(moneySchema, 'EU contribution'),
  budgetByCluster: lenient(z.array(clusterBudget), 'budget by cluster'),
  annualBudgets: lenient(z.array(annualBudget), 'budget by year'),
}
export type ClusterBudget = z.output<typeof clusterBudget>
export type AnnualBudget = z.output<typeof annualBudget>

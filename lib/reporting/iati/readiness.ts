/**
 * The readiness report's two lists, in the order every view shows them (the "About this data"
 * page, the Studio's pane through /api/iati/[project]/readiness): what blocks publication (blocking
 * gaps, then failed `error` rules), then what is merely incomplete.
 */
import type { RuleSummary } from '../iati-rules/check'
import type { Gap } from './gaps'

export type ReadinessItem = { kind: 'gap'; gap: Gap } | { kind: 'rule'; rule: RuleSummary }

export function readinessGroups(report: { gaps: Gap[]; rules: RuleSummary[] }) {
  const gaps = (blocking: boolean): ReadinessItem[] =>
    report.gaps.filter((gap) => gap.blocking === blocking).map((gap) => ({ kind: 'gap', gap }))
  const rules = (error: boolean): ReadinessItem[] =>
    report.rules
      .filter((rule) => (rule.severity === 'error') === error)
      .map((rule) => ({ kind: 'rule', rule }))
  return {
    blocking: [...gaps(true), ...rules(true)],
    incomplete: [...gaps(false), ...rules(false)],
  }
}

/**
 * Runs an IATI ruleset over an activity file: each context XPath selects elements, and each case
 * of each rule type is tested on each of them (a `loop` first expands its cases for every value of
 * its `foreach`, substituting `$1`). The answer lists every case that failed, with the activity
 * it failed in; a file is publishable by IATI's standard when no `error` case fails.
 */
import { DEFAULT_ID_SETS, type IdSets, type RuleCase, type RuleInfo, type Ruleset } from './ruleset'
import { RULES, type Outcome } from './rules'
import { distinctValues, firstText, nodes, parseXml, textOf, truth } from './xpath'

export type Failure = RuleInfo & {
  ruleType: string
  /** The iati-identifier of the activity the failing element belongs to. */
  activity: string | null
}

export type CheckReport = {
  failures: Failure[]
  /** How many cases were tested (applied, passed or failed), for the curious. */
  tested: number
}

/** Whether an `idCondition` lets the rule apply to these values (see rulesets/SPEC.rst). */
function idConditionHolds(context: Node, rule: RuleCase, ids: IdSets): boolean {
  if (!rule.idCondition) return true
  const values = (rule.paths ?? []).flatMap((path) => nodes(path, context)).map(textOf)
  if (rule.idCondition === 'NOT_EXISTING_ORG_ID') return values.every((v) => !ids.orgIds.has(v))
  return values.every((value) => ![...ids.orgIds].some((id) => value.startsWith(`${id}-`)))
}

function testCase(type: string, context: Node, rule: RuleCase, ids: IdSets): Outcome {
  const implementation = RULES[type]
  if (!implementation) throw new Error(`IATI checker: unknown rule type "${type}"`)
  if (rule.condition && !truth(rule.condition, context)) return null
  if (!idConditionHolds(context, rule, ids)) return null
  return implementation(context, rule, ids)
}

/** The cases of a `loop`: its `do` cases once per value of `foreach`, with `$1` substituted. */
function expandLoop(context: Node, loop: RuleCase): [string, RuleCase][] {
  const values = loop.foreach ? distinctValues(loop.foreach, context) : []
  return Object.entries(loop.do ?? {}).flatMap(([type, { cases }]) =>
    cases.flatMap((template) =>
      values.map((value): [string, RuleCase] => {
        const substitute = (text: string) => text.replaceAll('$1', value)
        const rule: RuleCase = { ...template }
        for (const key of loop.subs ?? []) {
          const original: unknown = Reflect.get(template, key)
          if (typeof original === 'string') Reflect.set(rule, key, substitute(original))
          else if (Array.isArray(original)) {
            Reflect.set(
              rule,
              key,
              original.map((item: unknown) => (typeof item === 'string' ? substitute(item) : item)),
            )
          }
        }
        return [type, rule]
      }),
    ),
  )
}

function activityOf(node: Node): string | null {
  let current: Node | null = node
  while (current && current.nodeName !== 'iati-activity') current = current.parentNode
  return current ? firstText('iati-identifier', current) : null
}

export function checkRuleset(
  xml: string,
  ruleset: Ruleset,
  ids: IdSets = DEFAULT_ID_SETS,
): CheckReport {
  const document = parseXml(xml)
  const failures: Failure[] = []
  let tested = 0
  for (const [contextPath, rules] of Object.entries(ruleset)) {
    for (const context of nodes(contextPath, document)) {
      for (const [type, { cases }] of Object.entries(rules)) {
        const expanded: [string, RuleCase][] =
          type === 'loop'
            ? cases.flatMap((loop) => expandLoop(context, loop))
            : cases.map((rule) => [type, rule])
        for (const [ruleType, rule] of expanded) {
          const outcome = testCase(ruleType, context, rule, ids)
          if (outcome === null) continue
          tested += 1
          if (outcome || !rule.ruleInfo) continue
          failures.push({ ...rule.ruleInfo, ruleType, activity: activityOf(context) })
        }
      }
    }
  }
  return { failures, tested }
}

/** Failures grouped by rule, with how many activities each failed in (for lists and comments). */
export function summarize(failures: Failure[]) {
  const byRule = new Map<string, { rule: RuleInfo; activities: Set<string>; cases: number }>()
  for (const failure of failures) {
    const key = `${failure.id}:${failure.severity}:${failure.message}`
    const entry = byRule.get(key) ?? { rule: failure, activities: new Set(), cases: 0 }
    entry.cases += 1
    if (failure.activity) entry.activities.add(failure.activity)
    byRule.set(key, entry)
  }
  return [...byRule.values()].map(({ rule, activities, cases }) => ({
    id: rule.id,
    severity: rule.severity,
    message: rule.message,
    cases,
    activities: activities.size,
  }))
}
export type RuleSummary = ReturnType<typeof summarize>[number]

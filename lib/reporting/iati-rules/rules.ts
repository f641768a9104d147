/**
 * The rule types of IATI's Standard ruleset, as rulesets/SPEC.rst defines them. Each returns
 * `true` (passes), `false` (fails) or `null` (does not apply: a date it compares is absent).
 */
import type { IdSets, RuleCase } from './ruleset'
import { firstText, nodes, textOf, truth } from './xpath'

export type Outcome = boolean | null
type Rule = (context: Node, rule: RuleCase, ids: IdSets) => Outcome

const texts = (context: Node, paths: string[] = []) =>
  paths.flatMap((path) => nodes(path, context)).map(textOf)

const count = (context: Node, paths: string[] = []) =>
  paths.reduce((total, path) => total + nodes(path, context).length, 0)

/** A date the rule compares: an ISO date from the document, or now. Null when absent or invalid. */
function dateAt(context: Node, expression: string | undefined): number | null {
  if (!expression) return null
  if (expression === 'NOW') return Date.now()
  const text = firstText(expression, context)
  if (!text) return null
  const time = Date.parse(text)
  return Number.isNaN(time) ? null : time
}

const DAY = 24 * 60 * 60 * 1000

function strictSum(context: Node, rule: RuleCase): boolean {
  const sum = texts(context, rule.paths).reduce((total, value) => total + Number(value), 0)
  return Number(sum.toFixed(4)) === Number(rule.sum)
}

/** When `one` is missing, `all` names what every part must then carry. */
function oneOrAll(context: Node, rule: RuleCase): boolean {
  if (rule.one && nodes(rule.one, context).length > 0) return true
  switch (rule.all) {
    case 'lang':
      return nodes('descendant::narrative', context).every((n) => nodes('@xml:lang', n).length > 0)
    case 'sector':
      return nodes('transaction', context).every((n) => nodes('sector', n).length > 0)
    case 'currency':
      return ['value', 'forecast', 'loan-status'].every((name) =>
        nodes(`descendant::${name}`, context).every((n) => nodes('@currency', n).length > 0),
      )
    default:
      return true
  }
}

function startsWith(context: Node, rule: RuleCase, ids: IdSets): boolean {
  const values = texts(context, rule.paths)
  if (rule.prefix?.length === 1 && rule.prefix[0] === 'ORG-ID-PREFIX') {
    return values.every((value) => ids.orgIdPrefixes.has(value.split('-').slice(0, 2).join('-')))
  }
  const starts = texts(context, rule.prefix).map((prefix) => prefix + (rule.separator ?? ''))
  return values.every((value) => starts.some((start) => value.startsWith(start)))
}

function regex(context: Node, rule: RuleCase, shouldMatch: boolean): boolean {
  const pattern = new RegExp(rule.regex ?? '')
  return texts(context, rule.paths).every(
    (value) => value === '' || pattern.test(value) === shouldMatch,
  )
}

export const RULES: Record<string, Rule> = {
  atleast_one: (context, rule) => count(context, rule.paths) >= 1,
  no_more_than_one: (context, rule) => count(context, rule.paths) <= 1,
  only_one_of: (context, rule) => {
    const matched = count(context, rule.paths)
    const excluded = (rule.excluded ?? []).some((path) => nodes(path, context).length > 0)
    return excluded ? matched === 0 : matched === 1
  },
  dependent: (context, rule) => {
    const present = (rule.paths ?? []).map((path) => nodes(path, context).length > 0)
    return present.every(Boolean) || !present.some(Boolean)
  },
  one_or_all: (context, rule) => oneOrAll(context, rule),
  unique: (context, rule) => {
    const values = texts(context, rule.paths)
    return new Set(values).size === values.length
  },
  sum: (context, rule) => count(context, rule.paths) === 0 || strictSum(context, rule),
  strict_sum: (context, rule) => strictSum(context, rule),
  date_order: (context, rule) => {
    const less = dateAt(context, rule.less)
    const more = dateAt(context, rule.more)
    return less === null || more === null ? null : less <= more
  },
  date_now: (context, rule) => {
    const date = dateAt(context, rule.date)
    return date === null ? null : date <= Date.now()
  },
  time_limit: (context, rule) => {
    const start = dateAt(context, rule.start)
    const end = dateAt(context, rule.end)
    return start === null || end === null ? null : Math.floor((end - start) / DAY) <= 365
  },
  between_dates: (context, rule) => {
    const date = dateAt(context, rule.date)
    const start = dateAt(context, rule.start)
    const end = dateAt(context, rule.end)
    if (date === null || start === null || end === null) return null
    return start <= date && date <= end
  },
  regex_matches: (context, rule) => regex(context, rule, true),
  regex_no_matches: (context, rule) => regex(context, rule, false),
  startswith: startsWith,
  if_then: (context, rule) =>
    !rule.if || !truth(rule.if, context) || truth(rule.then ?? 'true()', context),
  range: (context, rule) =>
    texts(context, rule.paths).every((value) => {
      const number = Number(value)
      return number >= (rule.min ?? number) && number <= (rule.max ?? number)
    }),
  no_spaces: (context, rule) => texts(context, rule.paths).every((value) => value === value.trim()),
}

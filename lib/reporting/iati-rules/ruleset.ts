/**
 * IATI's Standard ruleset for activity files (IATI-Rulesets, version-2.03, MIT licence in
 * ./LICENSE): a copy of ../shared/iati/rulesets/standard.json kept beside the checker so the
 * portal can check its own files at run time (a test checks the copy is unchanged).
 */
import standard from './standard.json'

export type Severity = 'error' | 'warning'

export type RuleInfo = { id: string; severity: Severity; category?: string; message: string }

/** One case of a rule: which keys it uses depends on the rule type (rulesets/SPEC.rst). */
export type RuleCase = {
  condition?: string
  idCondition?: 'NOT_EXISTING_ORG_ID' | 'NOT_EXISTING_ORG_ID_PREFIX'
  paths?: string[]
  less?: string
  more?: string
  date?: string
  start?: string
  end?: string
  regex?: string
  sum?: number
  min?: number
  max?: number
  one?: string
  all?: string
  if?: string
  then?: string
  prefix?: string[]
  separator?: string
  excluded?: string[]
  foreach?: string
  do?: Record<string, { cases: RuleCase[] }>
  subs?: string[]
  ruleInfo?: RuleInfo
}

/** Context XPath → rule type → cases. */
export type Ruleset = Record<string, Record<string, { cases: RuleCase[] }>>

export const STANDARD_RULESET = standard as unknown as Ruleset

/**
 * Identifier lists the validator fetches from IATI's registry and org-id.guide; offline, the
 * checker knows these. An identifier not listed here is treated as not registered, which makes
 * the rules that depend on it stricter, never laxer.
 */
export const DEFAULT_ID_SETS = {
  /** Organisation identifiers of registered IATI publishers (IOM). */
  orgIds: new Set(['XM-DAC-47066']),
  /** Approved organisation identifier prefixes (org-id.guide) the portal uses. */
  orgIdPrefixes: new Set(['XM-DAC', 'XI-IATI', 'XM-OCHA']),
}
export type IdSets = typeof DEFAULT_ID_SETS

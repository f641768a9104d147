/**
 * IATI's Standard ruleset for activity files (IATI-Rulesets, version-2.03, MIT licence in
 * ./LICENSE): a copy of IATI's rulesets/standard.json kept beside the checker so the portal can
 * check its own files at run time (tests/unit/iati.test.ts pins its SHA-256, so it stays unchanged).
 */
import { z } from 'zod'
import standard from './standard.json'

const severity = z.enum(['error', 'warning'])
export type Severity = z.infer<typeof severity>

const ruleInfo = z.strictObject({
  id: z.string(),
  severity,
  category: z.string().optional(),
  message: z.string(),
  /** Where IATI's reference documents the rule. */
  link: z.strictObject({ path: z.string().optional(), url: z.string().optional() }).optional(),
})
export type RuleInfo = z.infer<typeof ruleInfo>

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

const ruleCase: z.ZodType<RuleCase> = z.lazy(() =>
  z.strictObject({
    condition: z.string().optional(),
    idCondition: z.enum(['NOT_EXISTING_ORG_ID', 'NOT_EXISTING_ORG_ID_PREFIX']).optional(),
    paths: z.array(z.string()).optional(),
    less: z.string().optional(),
    more: z.string().optional(),
    date: z.string().optional(),
    start: z.string().optional(),
    end: z.string().optional(),
    regex: z.string().optional(),
    sum: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    one: z.string().optional(),
    all: z.string().optional(),
    if: z.string().optional(),
    then: z.string().optional(),
    prefix: z.array(z.string()).optional(),
    separator: z.string().optional(),
    excluded: z.array(z.string()).optional(),
    foreach: z.string().optional(),
    do: z.record(z.string(), z.object({ cases: z.array(ruleCase) })).optional(),
    subs: z.array(z.string()).optional(),
    ruleInfo: ruleInfo.optional(),
  }),
)

const rulesetSchema = z.record(
  z.string(),
  z.record(z.string(), z.object({ cases: z.array(ruleCase) })),
)

/** Context XPath → rule type → cases. */
export type Ruleset = z.infer<typeof rulesetSchema>

/**
 * Parsed, not cast: a key the checker does not know (a newer ruleset) fails here, at start-up and
 * in the tests, rather than being silently ignored.
 */
export const STANDARD_RULESET: Ruleset = rulesetSchema.parse(standard)

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

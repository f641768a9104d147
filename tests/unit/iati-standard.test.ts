/**
 * The IATI file at the Standard's bar: IATI's Standard ruleset (lib/reporting/iati-rules) and every
 * codelist of mapping.xml (tests/fixtures/iati/codelists) over the export of the seed, of the
 * fully filled fixture and of a scaled dataset (bench/generate-dataset.mjs). Failures are listed by
 * rule or by codelist path, so a failing run says what to fix.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { checkRuleset, summarize } from '@/lib/reporting/iati-rules/check'
import { STANDARD_RULESET } from '@/lib/reporting/iati-rules/ruleset'
import { FIXTURE_SLUG } from '../fixtures/donor-project'
import { checkCodelists, readCodelists, readMappings } from '../support/iati-codelists'
import { iatiReport, seedWithFixture, xmllint } from '../support/iati'
import { embeddedRepository } from '../support/repository'

const WHEN = new Date('2026-11-25T10:00:00Z')
const SEED = 'secure-borders-safe-migration'
const mappings = readMappings()
const lists = readCodelists()

/** The ruleset's failures by rule ("7.5.3 error ×1: …") and the codelist issues by path. */
function standardVerdict(xml: string) {
  const rules = summarize(checkRuleset(xml, STANDARD_RULESET).failures).map(
    (rule) => `${rule.id} ${rule.severity} ×${rule.cases}: ${rule.message}`,
  )
  const issues = checkCodelists(xml, mappings, lists)
  const codes = [
    ...new Set(issues.map((i) => `${i.severity} ${i.path} (${i.codelist}): "${i.value}" ${i.why}`)),
  ]
  return { ruleErrors: rules.filter((line) => / error /.test(line)), rules, codes }
}

describe('the codelist check', () => {
  const file = (body: string) =>
    `<iati-activities version="2.03"><iati-activity default-currency="EUR">${body}</iati-activity></iati-activities>`

  it('knows every codelist mapping.xml names', () => {
    expect(mappings.length).toBeGreaterThan(100)
    expect(mappings.filter((mapping) => !lists.has(mapping.codelist))).toEqual([])
  })

  it('refuses a code a closed list lacks, and only where the mapping’s condition holds', () => {
    expect(checkCodelists(file('<sector vocabulary="1" code="15190"/>'), mappings, lists)).toEqual(
      [],
    )
    expect(checkCodelists(file('<sector vocabulary="1" code="99999"/>'), mappings, lists)).toEqual([
      expect.objectContaining({ severity: 'error', codelist: 'Sector', value: '99999' }),
    ])
    // Vocabulary 99 is the reporting organisation's own: no IATI codelist applies.
    expect(checkCodelists(file('<sector vocabulary="99" code="x"/>'), mappings, lists)).toEqual([])
    expect(
      checkCodelists(file('<default-flow-type code="99"/>'), mappings, lists).map((i) => i.why),
    ).toEqual(['not in a closed list'])
  })

  it('warns about withdrawn codes and codes outside an open list', () => {
    const issues = checkCodelists(
      file('<default-flow-type code="20"/><recipient-country code="XX" percentage="100"/>'),
      mappings,
      lists,
    )
    expect(issues.map((issue) => [issue.severity, issue.why])).toEqual([
      ['warning', 'withdrawn'],
      ['warning', 'not in an open list'],
    ])
  })

  it('checks attribute values, text values and the root', () => {
    const xml = file('').replace('"EUR"', '"EURO"').replace('2.03', '9.9')
    const issues = checkCodelists(xml, mappings, lists)
    expect(issues.map((issue) => issue.codelist).sort()).toEqual(['Currency', 'Version'])
  })
})

describe('the exports against IATI’s Standard ruleset and codelists', () => {
  const repo = seedWithFixture()

  it.each([SEED, FIXTURE_SLUG])('%s: no ruleset error, no codelist issue', async (slug) => {
    const { xml } = await iatiReport(repo, slug, WHEN)
    const verdict = standardVerdict(xml)
    expect(verdict.ruleErrors).toEqual([])
    expect(verdict.codes).toEqual([])
    if (slug === FIXTURE_SLUG) expect(verdict.rules).toEqual([])
  })

  it('the seed’s file has its planned end (type 3) and passes the schema', async () => {
    const { xml } = await iatiReport(repo, SEED, WHEN)
    expect(xmllint(xml)).toBe('')
    expect(xml).toMatch(/<activity-date type="1" iso-date="2013-12-15"\/>/)
    expect(xml).toContain('<activity-date type="3" iso-date="2017-07-10"/>')
  })

  it('a scaled dataset (3 projects): schema-valid, no ruleset error, no codelist issue', async () => {
    const dataset = path.join(mkdtempSync(path.join(tmpdir(), 'iati-scaled-')), 'dataset.ndjson')
    execFileSync(process.execPath, ['bench/generate-dataset.mjs', '3', dataset], { stdio: 'pipe' })
    const scaled = embeddedRepository(dataset)
    for (const slug of ['synthetic-project-002', 'synthetic-project-003']) {
      const { xml } = await iatiReport(scaled, slug, WHEN)
      expect(xmllint(xml)).toBe('')
      const verdict = standardVerdict(xml)
      expect({ slug, ...verdict, rules: undefined }).toEqual({
        slug,
        ruleErrors: [],
        codes: [],
        rules: undefined,
      })
    }
  })
})

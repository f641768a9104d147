/**
 * Transactions, policy markers and the total budget in the IATI file: written only where recorded,
 * each with its provenance, in the schema's order; what is not recorded is listed in the readiness
 * report, never blocking. The fixture's transactions and marker are invented test data.
 */
import {
  POLICY_MARKER_VALUES,
  POLICY_SIGNIFICANCE_VALUES,
  TRANSACTION_TYPE_VALUES,
} from '@/lib/content/donor-vocabulary'
import { buildIati } from '@/lib/reporting/iati'
import { transactionList } from '@/lib/content/schemas/transactions'
import { FIXTURE_SLUG } from '../fixtures/donor-project'
import {
  iatiLanguages,
  iatiReport,
  PUBLIC_SITE_URL,
  seedWithFixture,
  xmllint,
} from '../support/iati'
import { readCodelists } from '../support/iati-codelists'

const SLUG = 'secure-borders-safe-migration'
const WHEN = new Date('2026-11-25T10:00:00Z')
const repo = seedWithFixture()

/** The position of an element's first occurrence in the file (-1 when absent). */
const at = (xml: string, tag: string) => xml.search(new RegExp(`<${tag}[ >/]`))

describe('transactions, policy markers and the total budget of the seed', () => {
  it('writes no transaction and no policy marker, and lists both as not recorded (not blocking)', async () => {
    const { xml, gaps } = await iatiReport(repo, SLUG, WHEN)
    expect(xml).not.toMatch(/<transaction[ >]/)
    expect(xml).not.toMatch(/<policy-marker /)
    expect(gaps).toContainEqual({ code: 'noTransactions', blocking: false, values: {} })
    expect(gaps).toContainEqual({ code: 'noGenderMarker', blocking: false, values: {} })
    expect(gaps.map((gap) => gap.code)).not.toContain('assumedPolicyMarker')
  })

  it('gives the total budget, not split by year, as a sourced sentence of the description in both languages', async () => {
    const { xml } = await iatiReport(repo, SLUG, WHEN)
    const description = /<description type="4">([\s\S]*?)<\/description>/.exec(xml)?.[1] ?? ''
    expect(description).toMatch(
      /<narrative xml:lang="en">Total budget of the project: €4,800,000\. Source: Ministry of Internal Affairs of Georgia \(https:\/\/police\.ge\/ge\/[^)]*http:\/\/police\.ge\/en\/[^)]*\)\. No source splits the budget by year/,
    )
    expect(description).toMatch(
      /<narrative xml:lang="ka">პროექტის მთლიანი ბიუჯეტი: 4\s800\s000\s€\. წყარო: საქართველოს შინაგან საქმეთა სამინისტრო \(https:\/\/police\.ge\/ge\//,
    )
    // Still no <budget> for it (a budget period is at most a year), and no incoming commitment:
    // that would need the commitment's day, which no source gives.
    expect(xml).not.toMatch(/^\s*<budget>/m)
    expect(xml).not.toMatch(/<transaction-type code="11"/)
  })
})

describe('transactions and policy markers where recorded (test fixture)', () => {
  it('writes each transaction with its type, day, value, description and organisations, after the budgets', async () => {
    const { xml } = await iatiReport(repo, FIXTURE_SLUG, WHEN)
    expect(xmllint(xml)).toBe('')
    const written = xml.match(/<transaction>[\s\S]*?<\/transaction>/g) ?? []
    expect(written).toHaveLength(2)
    expect(written[0]).toContain('<transaction-type code="11"/>')
    expect(written[0]).toContain('<transaction-date iso-date="2019-12-15"/>')
    expect(written[0]).toContain('<value currency="EUR" value-date="2019-12-15">1000000</value>')
    expect(written[0]).toContain(
      '<narrative xml:lang="en">Fixture commitment of the donor</narrative>',
    )
    expect(written[0]).toContain('<narrative xml:lang="ka">დონორის სატესტო ვალდებულება</narrative>')
    expect(written[0]).toMatch(/<provider-org ref="XI-IATI-FIXTURE-DONOR" type="10">/)
    expect(written[0]).toMatch(/<receiver-org ref="XM-DAC-47066" type="40">/)
    expect(written[1]).toContain('<transaction-type code="1"/>')
    expect(written[1]).not.toContain('<description>')
    expect(xml).toContain('<!-- Transaction source: https://example.org/fixture/transfers -->')
    // The schema's order: budgets, then transactions, then document links.
    expect(at(xml, 'budget')).toBeLessThan(at(xml, 'transaction'))
    expect(at(xml, 'transaction')).toBeLessThan(at(xml, 'document-link'))
  })

  it('writes the sourced gender marker (vocabulary 1) after the sectors and before the default types', async () => {
    const { xml, gaps } = await iatiReport(repo, FIXTURE_SLUG, WHEN)
    expect(xml.match(/<policy-marker [^>]*>/g)).toEqual([
      '<policy-marker vocabulary="1" code="1" significance="1"/>',
    ])
    expect(at(xml, 'sector')).toBeLessThan(at(xml, 'policy-marker'))
    expect(at(xml, 'policy-marker')).toBeLessThan(at(xml, 'collaboration-type'))
    expect(xml).not.toMatch(/<description type="4">/)
    expect(gaps.map((gap) => gap.code)).not.toContain('noTransactions')
    expect(gaps.map((gap) => gap.code)).not.toContain('noGenderMarker')
  })

  it('says in the file and the readiness report when a marker is assumed, not sourced', async () => {
    const languages = (await iatiLanguages(repo, FIXTURE_SLUG)).map((language) => ({
      ...language,
      project: {
        ...language.project,
        iati: {
          ...language.project.iati,
          policyMarkers: [
            {
              key: 'gender',
              code: '1' as const,
              significance: '0' as const,
              assumption: 'Fixture: assumed for the test.',
              sources: [],
            },
          ],
        },
      },
    }))
    const report = buildIati({
      languages,
      generatedAt: WHEN,
      contentUpdatedAt: null,
      siteUrl: PUBLIC_SITE_URL,
      secondaryReporter: true,
      pageUrl: (href, locale) => `${PUBLIC_SITE_URL}/${locale}${href}`,
    })
    expect(report.xml).toContain(
      '<!-- policy-marker 1 is assumed, not sourced: Fixture: assumed for the test. -->',
    )
    expect(report.xml).toContain('<policy-marker vocabulary="1" code="1" significance="0"/>')
    expect(report.gaps).toEqual([
      { code: 'assumedPolicyMarker', blocking: false, values: { code: '1', significance: '0' } },
    ])
  })
})

it('offers in the Studio exactly the active codes of IATI’s codelists', () => {
  const lists = readCodelists()
  const active = (name: string) => [...(lists.get(name)?.active ?? [])].sort()
  expect([...TRANSACTION_TYPE_VALUES].sort()).toEqual(active('TransactionType'))
  expect([...POLICY_MARKER_VALUES].sort()).toEqual(active('PolicyMarker'))
  expect([...POLICY_SIGNIFICANCE_VALUES].sort()).toEqual(active('PolicySignificance'))
})

describe('a transaction in the content', () => {
  const transaction = {
    key: 't',
    transactionType: '3',
    date: '2020-02-01',
    amount: 10,
    currency: 'EUR',
    valueDate: '2020-02-01',
    provider: null,
    receiver: null,
    description: null,
    sources: [
      {
        id: 'source.x',
        title: 'Fixture source',
        url: 'https://example.org/x',
        publisher: { _type: 'localeString', en: 'Fixture publisher' },
        kind: 'official',
        language: 'en',
        seen: '2026-01-01',
        quote: 'Fixture quote.',
      },
    ],
  }

  it('is kept with its source, and left out without one or without a full day', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
    const parsed = transactionList('en').parse([
      transaction,
      { ...transaction, key: 'unsourced', sources: [] },
      { ...transaction, key: 'month', date: '2020-02' },
    ])
    expect(parsed.map((item) => item.key)).toEqual(['t'])
    expect(warn.mock.calls.flat().join('\n')).toMatch(/transaction unsourced: it has no source/)
    expect(parsed[0]).toMatchObject({
      type: '3',
      date: '2020-02-01',
      value: { amount: 10, currency: 'EUR', valueDate: '2020-02-01' },
    })
    warn.mockRestore()
  })
})

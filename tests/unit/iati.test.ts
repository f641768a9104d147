import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildIati, projectToIati } from '@/lib/reporting/iati'
import { checkRuleset } from '@/lib/reporting/iati-rules/check'
import { STANDARD_RULESET } from '@/lib/reporting/iati-rules/ruleset'
import { isLocalAddress, LOCAL_SITE_URL } from '@/lib/env/site-url'
import {
  iatiLanguages,
  iatiReport,
  PUBLIC_SITE_URL,
  SCHEMA_DIR,
  seedWithFixture,
  xmllint,
} from '../support/iati'
import { embeddedRepository } from '../support/repository'
import { loadSeed, toNdjson } from '../support/seed'
import { FIXTURE_SLUG } from '../fixtures/donor-project'

const SLUG = 'secure-borders-safe-migration'
const repo = seedWithFixture()
const WHEN = new Date('2026-11-25T10:00:00Z')
const seed = () => iatiReport(repo, SLUG, WHEN)
const fixture = () => iatiReport(repo, FIXTURE_SLUG, WHEN)

describe('IATI export of the seed', () => {
  it('validates against the official IATI 2.03 schema (xmllint)', async () => {
    expect(xmllint((await seed()).xml)).toBe('')
  })

  it('is one activity carrying its 24 activities, none of which has its own status and start', async () => {
    const { xml, gaps } = await seed()
    expect(xml.match(/<iati-activity [^>]*hierarchy="1"/g)).toHaveLength(1)
    expect(xml).not.toMatch(/<iati-activity [^>]*hierarchy="2"/)
    expect(xml).not.toMatch(/<related-activity/)
    // Their titles in a description of the project, one a line, in both languages.
    const listed =
      /<description type="1">\s*<narrative xml:lang="ka">(– [^<]+)<\/narrative>\s*<narrative xml:lang="en">(– [^<]+)<\/narrative>/.exec(
        xml,
      )
    expect(listed?.[1]?.split('\n')).toHaveLength(24)
    expect(listed?.[2]?.split('\n')).toHaveLength(24)
    expect(gaps).toContainEqual({
      code: 'activitiesInProject',
      blocking: false,
      values: { count: 24, total: 24 },
    })
  })

  it('never writes an empty identifier, attribute or element', async () => {
    const { xml } = await seed()
    expect(xml).not.toMatch(/="\s*"/)
    expect(xml).not.toMatch(/<([\w-]+)[^>]*>\s*<\/\1>/)
    expect(xml).not.toMatch(/<(title|description|name|organisation)\/>/)
    const ids = [...xml.matchAll(/<iati-identifier>([^<]+)<\/iati-identifier>/g)].map((m) => m[1])
    expect(ids).toEqual([`XM-DAC-47066-${SLUG}`])
  })

  it('uses a provisional identifier built from IOM’s and the slug, and says so', async () => {
    const { xml, identifier } = await seed()
    expect(identifier).toEqual({ value: `XM-DAC-47066-${SLUG}`, provisional: true })
    expect(xml).toContain(`<iati-identifier>XM-DAC-47066-${SLUG}</iati-identifier>`)
    expect(xml).toMatch(/<!-- Provisional identifier \(IOM's organisation identifier/)
  })

  it('carries budget, status, actual dates, contact, locations, results and the portal pages', async () => {
    const { xml } = await seed()
    expect(xml).toContain('<activity-status code="4"/>')
    expect(xml).toContain('<activity-date type="2" iso-date="2013-12-15"/>')
    // The actual end is known to the month (July 2017); IATI needs a day, so it is left out, not padded.
    expect(xml).toContain('Actual end known to the month only (2017-07)')
    expect(xml).not.toMatch(/<activity-date type="4"/)
    // The only day in July 2017 is the planned end's (type 3), which its source gives.
    expect(xml.match(/iso-date="2017-07-\d\d"/g)).toEqual(['iso-date="2017-07-10"'])
    // A total not split by year is no <budget> (a budget period is at most a year): a comment says it.
    expect(xml).toContain('Total budget 4800000 EUR: not split by year, so not a <budget>')
    expect(xml).not.toMatch(/^\s*<budget>/m)
    expect(xml).toContain('<website>https://georgia.iom.int/</website>')
    expect(xml).toContain('<narrative xml:lang="en">Sarpi (border with Türkiye)</narrative>')
    expect(xml).toMatch(/<actual value="10">/)
    expect(xml).toMatch(/<actual value="50">/)
    expect(xml).toContain(
      `<document-link url="${PUBLIC_SITE_URL}/en/projects/${SLUG}" format="text/html">`,
    )
  })

  it('takes every address from the public address; a local one blocks publication', async () => {
    const { xml, gaps } = await seed()
    const urls = [...xml.matchAll(/url="([^"]+)"|<website>([^<]+)</g)].map((m) => m[1] ?? m[2])
    expect(urls.length).toBeGreaterThanOrEqual(3)
    expect(urls.filter((url) => isLocalAddress(url!))).toEqual([])
    expect(gaps.map((gap) => gap.code)).not.toContain('localAddress')
    const local = await iatiReport(repo, SLUG, WHEN, LOCAL_SITE_URL)
    expect(local.gaps[0]).toEqual({
      code: 'localAddress',
      blocking: true,
      values: { address: LOCAL_SITE_URL },
    })
    expect(local.xml).toContain(`url="${LOCAL_SITE_URL}/ka/projects/${SLUG}"`)
    expect(local.xml.slice(0, local.xml.indexOf('<iati-activity '))).toContain(
      `public address is not set or local (${LOCAL_SITE_URL})`,
    )
  })

  it('gives the planned end of the latest sourced plan, to the day, and no month padded to a day', async () => {
    const { xml, gaps } = await seed()
    expect(xml).not.toMatch(/No status of its own is recorded/)
    // IOM's news of May 2017: "will finish on 10 July" (type 3, planned end), a plan, not the end.
    expect(xml.match(/<activity-date type="3"[^>]*>/g)).toEqual([
      '<activity-date type="3" iso-date="2017-07-10"/>',
    ])
    expect(xml).not.toContain('Planned end known to the month only')
    expect(gaps.map((gap) => gap.code)).not.toContain('plannedEndMonthOnly')
    expect(xml).not.toMatch(/iso-date="2017-06-\d\d"/)
  })

  it('says at its top why it is not yet publishable', async () => {
    const { xml, publishable, gaps, rules } = await seed()
    expect(publishable).toBe(false)
    expect(gaps.filter((gap) => gap.blocking).map((gap) => gap.code)).toEqual([
      'provisionalIdentifier',
      'noAnnualBudgets',
    ])
    expect(rules).toEqual([])
    expect(gaps.map((gap) => gap.code)).toContain('actualEndMonthOnly')
    const header = xml.slice(0, xml.indexOf('<iati-activity '))
    expect(header).toContain('<!-- Not yet publishable because: -->')
    expect(header).toContain('The actual end is known to the month only (2017-07)')
    expect(header).toContain('The total budget is not split by year')
    expect(header).toContain('24 of 24 activities have no status and start of their own')
  })

  it('dates the file when it is made and its activities when their content last changed', async () => {
    const { xml } = await seed()
    const newest = loadSeed()
      .map((doc) => String(doc._updatedAt))
      .sort()
      .at(-1)
    expect(xml).toContain('generated-datetime="2026-11-25T10:00:00Z"')
    expect(xml.match(/last-updated-datetime="([^"]+)"/g)).toHaveLength(1)
    expect(new Set(xml.match(/last-updated-datetime="[^"]+"/g))).toEqual(
      new Set([`last-updated-datetime="${newest}"`]),
    )
  })

  it('takes last-updated-datetime from the newest of the project’s parts, organisations and sources', async () => {
    const OLD = '2020-01-01T00:00:00Z'
    const seedDocs = loadSeed()
    const result = seedDocs.find((doc) => doc._type === 'result')
    const sourceId = /"_ref":"(source\.[^"]+)"/.exec(JSON.stringify(result))?.[1]
    expect(sourceId).toBeDefined()
    const dated = (bumped: string | null) => {
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'iati-')), 'dataset.ndjson')
      const docs = loadSeed().map((doc) => ({
        ...doc,
        _updatedAt: doc._id === bumped ? '2021-05-06T07:08:09Z' : OLD,
      }))
      writeFileSync(file, toNdjson(docs))
      return embeddedRepository(file)
    }
    expect((await iatiReport(dated(null), SLUG, WHEN)).xml).toContain(
      `last-updated-datetime="${OLD}"`,
    )
    for (const bumped of [sourceId!, 'organization.eu', 'activity.national-census']) {
      const { xml } = await iatiReport(dated(bumped), SLUG, WHEN)
      expect([bumped, xml.match(/last-updated-datetime="([^"]+)"/)?.[1]]).toEqual([
        bumped,
        '2021-05-06T07:08:09Z',
      ])
    }
  })

  it('is a secondary report of IOM’s activities unless configured as IOM’s own publication', async () => {
    const { xml, gaps } = await seed()
    expect(
      xml.match(/<reporting-org ref="XM-DAC-47066" type="40" secondary-reporter="1">/g),
    ).toHaveLength(1)
    // The funder's identifier is in no source the portal has: named without a ref, and listed.
    expect(xml).toMatch(/<participating-org type="[0-9]+" role="1">/)
    expect(gaps).toContainEqual({
      code: 'missingOrgRefs',
      blocking: false,
      values: { names: 'ევროკავშირი' },
    })
  })

  it('writes the IATI defaults, saying which are assumed, and lists them in readiness', async () => {
    const { xml, gaps } = await seed()
    expect(xml).toMatch(
      /<!-- default-flow-type 10 is assumed, not sourced: Assumed, not sourced: [^>]*-->\s*<default-flow-type code="10"\/>/,
    )
    expect(xml).toContain('<default-finance-type code="110"/>')
    expect(xml).not.toContain('<default-aid-type')
    expect(xml.match(/default-currency="EUR"/g)).toHaveLength(1)
    expect(gaps.filter((gap) => gap.code === 'assumedDefault').map((gap) => gap.values)).toEqual([
      { field: 'defaultFlowType', code: '10' },
      { field: 'defaultFinanceType', code: '110' },
    ])
    expect(gaps.find((gap) => gap.code === 'missingClassifications')?.values).toEqual({
      count: 4,
      fields: 'defaultAidType, defaultTiedStatus, collaborationType, activityScope',
    })
  })

  it('gives an actual date only where a cited source says the event happened', async () => {
    const { xml } = await seed()
    expect(xml).toContain('<activity-date type="2" iso-date="2013-12-15"/>')
    const languages = (await iatiLanguages(repo, SLUG)).map((language) => ({
      ...language,
      project: {
        ...language.project,
        citations: language.project.citations.filter((c) => c.fact !== 'actualStart'),
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
    expect(report.xml).not.toMatch(/<activity-date type="2"/)
    expect(report.xml).toContain('The actualStart (2013-12-15) has no cited source')
    expect(report.gaps).toContainEqual({
      code: 'unsourcedActualDate',
      blocking: false,
      values: { fact: 'actualStart' },
    })
  })

  it('leaves out a planned end known to the month only, and lists it (data other than the seed)', async () => {
    const languages = (await iatiLanguages(repo, SLUG)).map((language) => ({
      ...language,
      project: { ...language.project, plannedEnd: '2017-06', actualEnd: null },
    }))
    const report = buildIati({
      languages,
      generatedAt: WHEN,
      contentUpdatedAt: null,
      siteUrl: PUBLIC_SITE_URL,
      secondaryReporter: true,
      pageUrl: (href, locale) => `${PUBLIC_SITE_URL}/${locale}${href}`,
    })
    expect(report.xml).toContain('Planned end known to the month only (2017-06)')
    expect(report.xml).not.toMatch(/<activity-date type="3"/)
    expect(report.xml).not.toMatch(/iso-date="2017-06-\d\d"/)
    expect(report.gaps).toContainEqual({
      code: 'plannedEndMonthOnly',
      blocking: false,
      values: { value: '2017-06' },
    })
  })

  it('leaves aggregation-status out where it is not recorded, and says so', async () => {
    const { xml, gaps } = await seed()
    expect(xml).not.toMatch(/aggregation-status="/)
    expect(gaps.find((gap) => gap.code === 'noAggregationStatus')?.values.count).toBeGreaterThan(0)
  })

  it('carries titles in both languages', async () => {
    const { xml } = await seed()
    expect(xml).toMatch(/\n– ეროვნული აღწერა\n/)
    expect(xml).toMatch(/\n– National census\n/)
  })

  it('escapes markup in content', async () => {
    const [english] = (await iatiLanguages(repo, SLUG)).filter((l) => l.locale === 'en')
    const xml = projectToIati({
      languages: [
        {
          ...english!,
          project: { ...english!.project, title: { value: 'A <b>&</b> "B"', lang: 'en' } },
        },
      ],
      generatedAt: WHEN,
      contentUpdatedAt: null,
      siteUrl: 'https://example.org',
      secondaryReporter: false,
      pageUrl: (href, locale) => `https://example.org/${locale}${href}?a=1&b="2"`,
    })
    expect(xml).toContain('A &lt;b&gt;&amp;&lt;/b&gt; "B"')
    expect(xml).toContain('?a=1&amp;b=&quot;2&quot;"')
    expect(xmllint(xml)).toBe('')
  })

  it('stays well-formed and valid whatever control characters the content holds', async () => {
    const illegal = '\u0000\u0001\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF\uD800'
    const dataset = path.join(mkdtempSync(path.join(tmpdir(), 'iati-')), 'dataset.ndjson')
    writeFileSync(
      dataset,
      toNdjson(
        loadSeed().map((doc) =>
          doc._id === 'activity.national-census'
            ? {
                ...doc,
                title: {
                  _type: 'localeString',
                  ka: `ეროვნული${illegal} აღწერა`,
                  en: `National${illegal} census`,
                },
              }
            : doc,
        ),
      ),
    )
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
    const { xml } = await iatiReport(embeddedRepository(dataset), SLUG, WHEN)
    expect(xml).toMatch(/\n– National census\n/)
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /removed 20 control or non-character code point\(s\) from activity\.national-census/,
      ),
    )
    expect(xmllint(xml)).toBe('')
  })
})

describe('IATI export of a fully filled project (test fixture)', () => {
  it('validates against the schema and passes the Standard ruleset with no error and no warning', async () => {
    const { xml, rules, gaps, publishable } = await fixture()
    expect(xmllint(xml)).toBe('')
    expect(rules).toEqual([])
    expect(gaps).toEqual([])
    expect(publishable).toBe(true)
    expect(xml).toContain("<!-- Checked against IATI's Standard ruleset (2.03): no error. -->")
  })

  it('holds every element the model feeds', async () => {
    const { xml } = await fixture()
    expect(xml).toContain('<iati-identifier>XM-DAC-47066-FIXTURE-1</iati-identifier>')
    expect(xml).not.toContain('Provisional identifier')
    expect(xml.match(/<budget>/g)).toHaveLength(3)
    for (const element of [
      '<default-flow-type code="10"/>',
      '<default-finance-type code="110"/>',
      '<default-aid-type code="C01" vocabulary="1"/>',
      '<default-tied-status code="5"/>',
      '<collaboration-type code="1"/>',
      '<activity-scope code="4"/>',
      '<result type="1" aggregation-status="0">',
      '<email>fixture@example.org</email>',
      '<pos>41.7151 44.8271</pos>',
      '<category code="A07"/>',
      '<baseline year="2019" value="20"/>',
      '<target value="60"/>',
      '<actual value="62"/>',
      '<indicator measure="5">',
    ]) {
      expect(xml).toContain(element)
    }
    expect(xml).toMatch(
      /<document-link url="https:\/\/cdn\.sanity\.io\/files\/fixture\/production\/fixture-evaluation\.pdf" format="application\/pdf">/,
    )
    // The outcome linked to one activity is reported with that activity.
    const training = xml.slice(
      xml.indexOf('XM-DAC-47066-FIXTURE-1-fixture-training</iati-identifier>'),
    )
    expect(training.slice(0, training.indexOf('</iati-activity>'))).toContain(
      '<result type="2" aggregation-status="1">',
    )
  })

  it('is what IATI’s ruleset checker finds in the written file', async () => {
    const { xml } = await fixture()
    const report = checkRuleset(xml, STANDARD_RULESET)
    expect(report.failures).toEqual([])
    expect(report.tested).toBeGreaterThan(100)
  })
})

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

describe('the bundled ruleset', () => {
  const RULESET_FILE = path.join(process.cwd(), 'lib/reporting/iati-rules/standard.json')

  it('is IATI’s Standard ruleset, unchanged', () => {
    // SHA-256 of rulesets/standard.json of IATI/IATI-Rulesets, branch version-2.03, as copied from
    // the project's reference material (shared/iati/rulesets/); a new copy of IATI's file is the
    // only reason to change it.
    expect(sha256(RULESET_FILE)).toBe(
      'eafdea8aef436f6a96236bc0b26eea2c0260ff3957c418e25d9c87d0ea07b0e4',
    )
    expect(STANDARD_RULESET).toEqual(JSON.parse(readFileSync(RULESET_FILE, 'utf8')))
  })
})

describe('the bundled schema', () => {
  // SHA-256 of IATI's 2.03 schema files (and W3C's xml.xsd) as copied from the project's reference
  // material (shared/iati/): the export must validate against IATI's schema, not an edited one.
  it.each([
    [
      'iati-activities-schema.xsd',
      '62c91a66c82ee26864d5e6c3f4bd6358de14d3aec69bc649db85da9f9a0792bc',
    ],
    ['iati-common.xsd', '322692e4ea1f4434b154855f381eb4bd972aaa2e1349dfaf9578b775ad6c9c6b'],
    ['xml.xsd', '61960fb3131e38022caad5360e2f33a3382578ab3c80cd58bd74320ede61b20c'],
  ])('has %s as IATI published it', (file, hash) => {
    expect(sha256(path.join(SCHEMA_DIR, file))).toBe(hash)
  })
})

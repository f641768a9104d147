import { toOrganizationRoles } from '@/migrations/activity-organization-roles/transform'
import { FIXTURE_DOCUMENTS } from '../fixtures/donor-project'
import { embeddedRepository } from '../support/repository'
import { loadSeed, type SeedDocument } from '../support/seed'
import { validateWithStudioRules } from '../support/validate'

const seed = loadSeed()
const repo = embeddedRepository()
const SLUG = 'secure-borders-safe-migration'
const byType = (type: string) => seed.filter((doc) => doc._type === type)

describe('facts of official pages in the seed', () => {
  it('records the budget, status, actual dates and next phase, each with its sources', async () => {
    const project = (await repo.read('project', 'en', SLUG))!
    expect(project.totalBudget).toEqual({ amount: 4_800_000, currency: 'EUR' })
    expect(project.status).toBe('completed')
    expect(project).toMatchObject({
      startDate: '2013-12-15',
      actualStart: '2013-12-15',
      // The latest sourced plan (IOM's news of May 2017: "will finish on 10 July"), to the day.
      plannedEnd: '2017-07-10',
      // The ministry's past-tense page gives the month; the news item's 10 July was a plan.
      actualEnd: '2017-07',
    })
    expect(project.followUp?.startDate).toBe('2017-11-17')
    const sourced = (fact: string) =>
      project.citations.find((citation) => citation.fact === fact)?.sources.map((s) => s.url) ?? []
    expect(sourced('totalBudget')).toEqual([
      expect.stringContaining('police.ge/ge/'),
      expect.stringContaining('police.ge/en/'),
    ])
    // The planned end rests first on the latest plan (IOM's news item), then on the earlier one.
    expect(sourced('plannedEnd')).toEqual([
      expect.stringContaining('iom.ge/1/ministry-interiors-academy'),
      expect.stringContaining('informedmigration.ge/cms/en/About-the-Project'),
    ])
    for (const fact of ['status', 'actualEnd', 'actualStart', 'followUp', 'fundingProgramme']) {
      expect(sourced(fact).length).toBeGreaterThan(0)
    }
  })

  it('leaves unknown facts empty: EU contribution, reference, annual budgets, classifications', async () => {
    const project = (await repo.read('project', 'en', SLUG))!
    expect(project.euContribution).toBeNull()
    expect(project.fundingReference).toBeNull()
    expect(project.annualBudgets).toEqual([])
    expect(project.budgetByCluster).toEqual([])
    // Flow and finance type are assumed (an EU grant is ODA), recorded as such with the reason,
    // never as sourced; the other IATI classifications are unknown.
    expect(project.iati).toEqual({
      identifierStatus: 'provisional',
      flowType: '10',
      financeType: '110',
      aidType: null,
      tiedStatus: null,
      collaborationType: null,
      activityScope: null,
      currency: null,
      assumptions: [
        { fact: 'defaultFlowType', note: expect.stringMatching(/^Assumed, not sourced: /) },
        { fact: 'defaultFinanceType', note: expect.stringMatching(/^Assumed, not sourced: /) },
      ],
      // No source gives a policy marker (the gender marker included) nor a transaction.
      policyMarkers: [],
    })
    expect(project.transactions).toEqual([])
    const classifications = ['defaultFlowType', 'defaultFinanceType', 'defaultAidType']
    expect(project.citations.filter((c) => classifications.includes(c.fact))).toEqual([])
    expect(project.documents).toEqual([])
  })

  it('records the majority programme year and notes the other', async () => {
    const project = (await repo.read('project', 'en', SLUG))!
    expect(project.fundingProgramme?.value).toMatch(/2012$/)
    const note = project.citations.find((citation) => citation.fact === 'fundingProgramme')?.note
    expect(note?.value).toMatch(/2012.*2010/s)
  })

  it('holds reported figures only: actual values, never a baseline or a target', () => {
    const indicators = byType('result').flatMap((doc) => doc.indicators as SeedDocument[])
    expect(indicators.length).toBeGreaterThan(0)
    for (const indicator of indicators) {
      expect(indicator.baseline).toBeUndefined()
      for (const period of indicator.periods as SeedDocument[]) {
        expect(period.target).toBeUndefined()
        expect(typeof period.actual).toBe('number')
      }
    }
    const actuals = indicators.flatMap((i) =>
      (i.periods as { actual: number }[]).map((p) => p.actual),
    )
    expect(actuals).toEqual(expect.arrayContaining([10, 50, 4, 3_400_000]))
  })

  it('gives every source a verbatim quote, an address and the date it was seen', () => {
    const sources = byType('source')
    expect(sources.length).toBeGreaterThanOrEqual(15)
    for (const source of sources) {
      expect(source).toMatchObject({
        url: expect.stringMatching(/^https?:\/\//),
        quote: expect.stringMatching(/\S/),
        seen: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      })
    }
  })
})

describe('organisation roles', () => {
  it('makes the ministries that activities support beneficiaries, not partners', async () => {
    const activities = (await repo.read('projectActivities', 'en', SLUG))!
    const roles = activities.flatMap((activity) => activity.organizationRoles.map((e) => e.role))
    expect(roles.length).toBe(11)
    expect(new Set(roles)).toEqual(new Set(['beneficiary']))
    const project = (await repo.read('project', 'en', SLUG))!
    const roleOf = (slug: string) =>
      project.organizations.find((entry) => entry.organization.slug === slug)?.role
    expect(roleOf('ministry-of-internal-affairs')).toBe('beneficiary')
    expect(roleOf('border-police')).toBe('beneficiary')
    expect(roleOf('state-commission-on-migration-issues')).toBe('partner')
    // ICMPD ran its own, parallel project under the same EU programme: not a partner of this one.
    expect(roleOf('icmpd')).toBeUndefined()
  })

  it('migrates plain references to beneficiary roles, and leaves roles alone', () => {
    const migrated = toOrganizationRoles([
      { _type: 'reference', _ref: 'organization.mia', _key: 'mia' },
      { _type: 'organizationRole', _key: 'p', role: 'partner', organization: { _ref: 'x' } },
    ])
    expect(migrated).toEqual([
      {
        _type: 'organizationRole',
        _key: 'mia',
        role: 'beneficiary',
        organization: { _type: 'reference', _ref: 'organization.mia' },
      },
      { _type: 'organizationRole', _key: 'p', role: 'partner', organization: { _ref: 'x' } },
    ])
    expect(toOrganizationRoles(migrated)).toBeNull()
  })

  it('the seed is migrated: no activity holds a bare reference', () => {
    for (const activity of byType('activity')) {
      expect(toOrganizationRoles(activity.organizations)).toBeNull()
    }
  })
})

describe('Studio rules for donor facts', () => {
  const ref = (_ref: string) => ({ _type: 'reference', _ref })
  it('refuses a result under both an objective and a cluster', async () => {
    const result = {
      ...byType('result')[0]!,
      objective: ref('objective.integrated-border-management-capacity'),
    }
    expect((await validateWithStudioRules(result, seed)).join('\n')).toMatch(/one of them/)
  })

  it('refuses a budget period longer than a year and a fact cited twice', async () => {
    const project = byType('project')[0]!
    const budget = {
      _type: 'annualBudget',
      _key: 'y',
      start: '2014-01-01',
      end: '2015-06-30',
      amount: 1,
    }
    const citations = project.citations as object[]
    const broken = { ...project, annualBudgets: [budget], citations: [...citations, citations[0]] }
    const errors = (await validateWithStudioRules(broken, seed)).join('\n')
    expect(errors).toMatch(/at most a year/)
    expect(errors).toMatch(/Cite each fact once/)
  })

  it('refuses a transaction without a source or a day, and a policy marker neither sourced nor assumed', async () => {
    const project = byType('project')[0]!
    const transaction = {
      _type: 'iatiTransaction',
      _key: 't',
      transactionType: '1',
      amount: 1,
      currency: 'EUR',
      valueDate: '2014-01-01',
    }
    const marker = { _type: 'policyMarker', _key: 'g', code: '1', significance: '1' }
    const broken = { ...project, transactions: [transaction], policyMarkers: [marker] }
    const errors = await validateWithStudioRules(broken, seed)
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^transactions\..*\.sources: Required/),
        expect.stringMatching(/^transactions\..*\.date: Required/),
        expect.stringMatching(/Cite a source for the marker, or record why it is assumed/),
      ]),
    )
    const assumed = { ...marker, assumption: 'Assumed for the test.' }
    const fine = await validateWithStudioRules({ ...project, policyMarkers: [assumed] }, seed)
    expect(fine.join('\n')).not.toMatch(/marker/)
  })
})

describe('the test fixture', () => {
  const dataset = [...seed, ...FIXTURE_DOCUMENTS] as SeedDocument[]
  it.each(
    FIXTURE_DOCUMENTS.filter((doc) => !doc._type.startsWith('sanity.')).map((doc) => [
      doc._id,
      doc,
    ]),
  )('%s passes the Studio validation rules', async (_id, doc) => {
    expect(await validateWithStudioRules(doc as SeedDocument, dataset)).toEqual([])
  })
})

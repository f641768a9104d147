import { isEuFunded, isEuropeanUnion } from '@/lib/site/eu-funding'
import { siteFactsOf } from '@/lib/site/facts'
import { headingClass } from '@/lib/site/heading'
import { embeddedRepository } from '../support/repository'

const org = (iatiIdentifier: string | null, acronym: string | null) => ({
  iatiIdentifier,
  acronym: acronym ? { value: acronym, lang: 'en' as const } : null,
})

describe('EU funding', () => {
  it('recognises the EU by its IATI identifier or its acronym, not by anything editors rename', () => {
    expect(isEuropeanUnion(org('XI-IATI-EC_INTPA', null))).toBe(true)
    expect(isEuropeanUnion(org('XI-IATI-EC_NEAR', 'DG NEAR'))).toBe(true)
    expect(isEuropeanUnion(org(null, 'EU'))).toBe(true)
    expect(isEuropeanUnion(org(null, ' eu '))).toBe(true)
    expect(isEuropeanUnion(org('XM-DAC-47066', 'IOM'))).toBe(false)
    expect(isEuropeanUnion(org(null, 'EUR'))).toBe(false)
    expect(isEuropeanUnion(org(null, null))).toBe(false)
  })

  it('counts the EU only as a donor', () => {
    const eu = org('XI-IATI-EC_INTPA', 'EU')
    expect(isEuFunded({ organizations: [{ role: 'donor', organization: eu }] })).toBe(true)
    expect(isEuFunded({ organizations: [{ role: 'partner', organization: eu }] })).toBe(false)
    expect(isEuFunded({ organizations: [] })).toBe(false)
  })

  it('finds the seed project EU-funded in both languages', async () => {
    const repo = embeddedRepository()
    for (const locale of ['ka', 'en'] as const) {
      const project = await repo.read('project', locale, 'secure-borders-safe-migration')
      expect(isEuFunded(project!)).toBe(true)
    }
  })
})

describe('portal-wide facts', () => {
  const route = (updatedAt: string, clusters: string[] = [], activities: string[] = []) => ({
    updatedAt,
    clusters: clusters.map((date, i) => ({
      id: `thematicCluster.c${i}`,
      slug: `c${i}`,
      previousSlugs: [],
      updatedAt: date,
      order: i + 1,
      project: 'project.p',
    })),
    activities: activities.map((date, i) => ({
      id: `activity.a${i}`,
      slug: `a${i}`,
      previousSlugs: [],
      updatedAt: date,
      order: i + 1,
      project: 'project.p',
      cluster: 'thematicCluster.c0',
    })),
  })
  const euProject = { organizations: [{ role: 'donor' as const, organization: org(null, 'EU') }] }
  const otherProject = {
    organizations: [{ role: 'donor' as const, organization: org('GB-GOV-1', 'FCDO') }],
  }

  it('take the newest update of any project, cluster or activity', () => {
    const facts = siteFactsOf(
      [euProject],
      [route('2026-01-01T00:00:00Z', ['2026-03-01T10:00:00Z'], ['2026-02-01T00:00:00Z'])],
    )
    expect(facts).toEqual({ euFunded: true, lastUpdated: '2026-03-01T10:00:00Z' })
    expect(siteFactsOf([], []).lastUpdated).toBeNull()
  })

  it('call the portal EU-funded only when every project is', () => {
    expect(siteFactsOf([euProject, euProject], []).euFunded).toBe(true)
    expect(siteFactsOf([euProject, otherProject], []).euFunded).toBe(false)
    expect(siteFactsOf([], []).euFunded).toBe(false)
  })
})

describe('heading sizes', () => {
  it('step long titles down a size', () => {
    expect(headingClass('National census')).toBeUndefined()
    expect(headingClass('ა'.repeat(95))).toBe('h1--long')
  })
})

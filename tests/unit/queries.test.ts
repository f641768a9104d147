import { routing } from '@/lib/i18n/routing'
import { embeddedRepository } from '../support/repository'

const repo = embeddedRepository()
const SLUG = 'secure-borders-safe-migration'

describe.each(routing.locales)('queries on the embedded dataset (%s)', (locale) => {
  it('lists 1 project with its summary facts', async () => {
    const projects = await repo.read('projects', locale)
    expect(projects).toHaveLength(1)
    expect(projects[0]).toMatchObject({
      slug: SLUG,
      startDate: '2013-12-15',
      plannedEnd: '2017-07-10',
      country: 'GE',
      activityCount: 24,
    })
    expect(projects[0]!.title.lang).toBe(locale)
  })

  it('finds the home project', async () => {
    expect((await repo.routeIndex()).home?.slug).toBe(SLUG)
  })

  it('returns the project with 2 objectives, 4 clusters and its organisations', async () => {
    const project = await repo.read('project', locale, SLUG)
    expect(project).not.toBeNull()
    expect(project!.objectives.map((o) => o.order)).toEqual([1, 2])
    expect(project!.clusters.map((c) => c.activities.length)).toEqual([8, 9, 3, 4])
    const roles = Object.fromEntries(
      project!.organizations.map((e) => [e.role, e.organization.slug]),
    )
    expect(roles).toMatchObject({ implementer: 'iom', donor: 'european-union' })
    expect(project!.description!.value.length).toBeGreaterThan(0)
    expect(project!.sectorCodes).toEqual(['15190'])
    for (const field of [
      project!.title,
      project!.summary,
      project!.generalObjective,
      project!.description,
    ]) {
      expect(field!.lang).toBe(locale)
    }
  })

  it('returns every cluster with its activities in order', async () => {
    const project = await repo.read('project', locale, SLUG)
    let total = 0
    for (const summary of project!.clusters) {
      const cluster = await repo.read('cluster', locale, SLUG, summary.slug)
      expect(cluster!.activities.map((a) => a.slug)).toEqual(summary.activities.map((a) => a.slug))
      expect(cluster!.activities.map((a) => a.order)).toEqual(
        cluster!.activities.map((_, i) => i + 1),
      )
      expect(cluster!.project.slug).toBe(SLUG)
      total += cluster!.activities.length
    }
    expect(total).toBe(24)
  })

  it('returns an activity with its cluster, project and organisations', async () => {
    const activity = await repo.read('activity', locale, SLUG, 'border-police-hr-policy')
    expect(activity).toMatchObject({
      slug: 'border-police-hr-policy',
      order: 7,
      cluster: { order: 1 },
      project: { slug: SLUG },
    })
    expect(activity!.organizations.map((o) => o.slug)).toEqual(['border-police'])
  })

  it('lists all 24 activities of the project in cluster order', async () => {
    const activities = await repo.read('projectActivities', locale, SLUG)
    expect(activities).toHaveLength(24)
    expect(activities!.map((a) => a.cluster.order)).toEqual([
      ...Array(8).fill(1),
      ...Array(9).fill(2),
      ...Array(3).fill(3),
      ...Array(4).fill(4),
    ])
  })

  it('indexes every routable page', async () => {
    const index = await repo.routeIndex()
    expect(index.projects.map((project) => project.slug)).toEqual([SLUG])
    expect(index.home?.clusters).toHaveLength(4)
    expect(index.home?.activities).toHaveLength(24)
  })

  it('returns null for unknown slugs', async () => {
    expect(await repo.read('project', locale, 'nope')).toBeNull()
    expect(await repo.read('cluster', locale, SLUG, 'nope')).toBeNull()
    expect(await repo.read('activity', locale, SLUG, 'nope')).toBeNull()
    expect(
      await repo.read('activity', locale, 'other-project', 'border-police-hr-policy'),
    ).toBeNull()
    expect(await repo.read('projectActivities', locale, 'nope')).toBeNull()
    expect(await repo.resolve(SLUG, undefined, 'nope')).toEqual({ status: 'missing' })
  })
})

describe('Georgian text comes back verbatim', () => {
  it('returns source sentences unchanged', async () => {
    const project = await repo.read('project', 'ka', SLUG)
    expect(project!.title.value).toBe('დაცული საზღვრებისა და უსაფრთხო მიგრაციის მხარდაჭერა')
    // The page's subtitle is the formal name: it is the official name, shown once, in the facts.
    expect(project!.officialName!.value).toBe(
      'საქართველოს მთავრობის შესაძლებლობების გაძლიერება საზღვრის და მიგრაციის მართვის მიმართულებით',
    )
    expect(project!.objectives[1]!.title.value).toBe('მიგრაციის მართვის სტრუქტურის გაძლიერება')
    const cluster = await repo.read('cluster', 'ka', SLUG, 'migration-data-management')
    expect(cluster!.activities.map((a) => a.title.value)).toEqual([
      'ერთიანი ეროვნული საიმიგრაციო მონაცემების სისტემის ეროვნულ დონეზე ამუშავება',
      'დიასპორის გლობალური ქსელი',
      'ეროვნული აღწერა',
      'გაფართოებული მიგრაციის პროფილი',
    ])
  })

  it('returns English in the English locale', async () => {
    const project = await repo.read('project', 'en', SLUG)
    expect(project!.title.value).toBe('Promoting Secure Borders and Safe Migration')
  })
})

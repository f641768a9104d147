import { activityPeriod, activityStatus, projectPeriod, projectStatus } from '@/lib/content/facts'
import { buildSourceIndex } from '@/lib/content/facts'
import { projectTimeline } from '@/lib/content/timeline'
import type { Source } from '@/lib/content/schemas'
import { resetSkippedLog } from '@/lib/content/schemas/validate'
import { lenient, moneySchema } from '@/lib/content/schemas/finance'
import { FIXTURE_SLUG } from '../fixtures/donor-project'
import { seedWithFixture } from '../support/iati'

const project = {
  startDate: '2013-12-15',
  plannedEnd: '2017-06',
  actualStart: '2013-12-15',
  actualEnd: '2017-07-10',
  status: 'completed' as const,
}
const none = { plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null }

describe('which dates and status a page shows', () => {
  it('prefers the project’s actual dates over the planned ones', () => {
    expect(projectPeriod(project)).toMatchObject({
      start: '2013-12-15',
      end: '2017-07-10',
      startIsPlanned: false,
      endIsPlanned: false,
    })
    expect(projectPeriod({ ...project, actualStart: null, actualEnd: null })).toMatchObject({
      end: '2017-06',
      startIsPlanned: true,
      endIsPlanned: true,
    })
  })

  it('gives an activity without dates its project’s, marked as inherited', () => {
    expect(activityPeriod({ ...none, project })).toMatchObject({
      start: '2013-12-15',
      end: '2017-07-10',
      startInherited: true,
      endInherited: true,
    })
    const own = activityPeriod({
      ...none,
      plannedStart: '2015-01-01',
      plannedEnd: '2015-12-31',
      project,
    })
    expect(own).toMatchObject({
      start: '2015-01-01',
      end: '2015-12-31',
      startIsPlanned: true,
      startInherited: false,
      endInherited: false,
    })
  })

  it('gives an activity without status its project’s, marked as inherited', () => {
    expect(activityStatus({ status: null, project })).toEqual({
      status: 'completed',
      inherited: true,
    })
    expect(activityStatus({ status: 'active', project })).toEqual({
      status: 'active',
      inherited: false,
    })
    const unrecorded = { status: null, actualStart: null, actualEnd: null }
    expect(activityStatus({ status: null, project: unrecorded })).toEqual({
      status: 'planned',
      inherited: true,
    })
  })

  it('derives a project’s unrecorded status from its dates, and says so', () => {
    const dates = { status: null, actualStart: '2013-12-15', actualEnd: null }
    expect(projectStatus(project)).toEqual({ status: 'completed', derived: false })
    expect(projectStatus(dates)).toEqual({ status: 'active', derived: true })
    expect(projectStatus({ ...dates, actualEnd: '2017-07' })).toEqual({
      status: 'completed',
      derived: true,
    })
    expect(projectStatus({ ...dates, actualStart: null })).toEqual({
      status: 'planned',
      derived: true,
    })
  })
})

describe('source numbering', () => {
  const source = (id: string) => ({ id }) as Source
  it('numbers sources in the order the page first cites them, each once', () => {
    const index = buildSourceIndex([
      { label: 'Budget', sources: [source('b'), source('a')] },
      { label: 'Status', sources: [source('a'), source('c')] },
    ])
    expect(index.entries.map((entry) => [entry.source.id, entry.number, entry.supports])).toEqual([
      ['b', 1, ['Budget']],
      ['a', 2, ['Budget', 'Status']],
      ['c', 3, ['Status']],
    ])
    expect(index.numbers([source('c'), source('a'), source('x')])).toEqual([2, 3])
  })
})

describe('a malformed amount', () => {
  it('is logged and treated as not recorded', () => {
    resetSkippedLog()
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
    const schema = lenient(moneySchema, 'total budget')
    expect(schema.parse({ amount: -5, currency: 'EUR' })).toBeNull()
    expect(schema.parse(undefined)).toBeNull()
    expect(schema.parse({ amount: 5, currency: 'EUR' })).toEqual({ amount: 5, currency: 'EUR' })
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]![0])).toMatch(/ignored total budget: amount/)
    warn.mockRestore()
  })
})

describe('the project timeline', () => {
  const repo = seedWithFixture()

  it('shows the seed project planned and actual, its dated figures and the next phase', async () => {
    const timeline = projectTimeline(
      (await repo.read('project', 'en', 'secure-borders-safe-migration'))!,
    )
    expect(timeline.rows).toHaveLength(1)
    expect(timeline.rows[0]).toMatchObject({
      planned: { start: '2013-12-15', end: '2017-07-10' },
      actual: { start: '2013-12-15', end: '2017-07' },
    })
    expect(timeline.activitiesWithDates).toBe(0)
    expect(timeline.markers.map((marker) => [marker.kind, marker.date])).toEqual([
      ['figure', '2015-11-09'],
      ['figure', '2016-11-29'],
      ['figure', '2016-12-12'],
      ['figure', '2017-05-15'],
      ['followUp', '2017-11-17'],
    ])
    expect(timeline.years).toEqual([2013, 2014, 2015, 2016, 2017, 2018])
    expect(timeline.position('2013-01-01', 'start')).toBe(0)
    expect(timeline.position('2017-06', 'end')).toBeGreaterThan(
      timeline.position('2017-06', 'start'),
    )
  })

  it('adds the activities that have dates of their own', async () => {
    const timeline = projectTimeline((await repo.read('project', 'en', FIXTURE_SLUG))!)
    expect(timeline.rows.map((row) => row.number)).toEqual([null, '1.1', '1.2', '2.1'])
    expect(timeline.rows[2]).toMatchObject({ planned: { start: '2021-01-01' }, actual: null })
  })
})

/**
 * The embedded backend evaluates a query about one project over that project's scope
 * (lib/content/backends/project-scope.ts) instead of the whole dataset. The results must be the
 * same: every query with an `$id` or `$projectId` param is run both ways, for every project,
 * cluster and activity of the seed and of a generated three-project dataset (with a result of one
 * project that cites an activity of another, which only the reverse references bring in).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { evaluate, parse } from 'groq-js'
import { parseNdjson, type Document } from '@/lib/content/backends/embedded'
import { ProjectScopes } from '@/lib/content/backends/project-scope'
import * as queries from '@/lib/content/queries'

const SEED = 'sanity/seed/production.ndjson'

async function run(
  query: string,
  params: Record<string, unknown>,
  dataset: Document[],
  byId: Map<string, Document>,
) {
  const result = await evaluate(parse(query, { params }), {
    dataset,
    params,
    dereference: ({ _ref }) => byId.get(_ref) ?? null,
  })
  return result.get()
}

/** Every query and the params it takes for each document it can be about. */
type QueryName =
  | 'projectQuery'
  | 'contentTimeQuery'
  | 'projectActivitiesQuery'
  | 'iatiActivitiesQuery'
  | 'clusterQuery'
  | 'activityQuery'

function cases(documents: Document[]): { name: QueryName; params: Record<string, string> }[] {
  const ofType = (type: string) => documents.filter((d) => d._type === type).map((d) => d._id)
  const projects = ofType('project')
  return [
    ...(['projectQuery', 'contentTimeQuery'] as const).flatMap((name) =>
      projects.map((id) => ({ name, params: { id } })),
    ),
    ...(['projectActivitiesQuery', 'iatiActivitiesQuery'] as const).flatMap((name) =>
      projects.map((projectId) => ({ name, params: { projectId } })),
    ),
    ...ofType('thematicCluster').map((id) => ({ name: 'clusterQuery' as const, params: { id } })),
    ...ofType('activity').map((id) => ({ name: 'activityQuery' as const, params: { id } })),
  ]
}

async function expectSameResults(documents: Document[], { narrowed }: { narrowed: boolean }) {
  const byId = new Map(documents.map((d) => [d._id, d]))
  const scopes = new ProjectScopes(documents, byId)
  const all = cases(documents)
  expect(all.length).toBeGreaterThan(20)
  for (const { name, params } of all) {
    const scope = scopes.forParams(params)
    // Every such query has a scope; with several projects, a smaller one than the dataset.
    expect(scope).not.toBeNull()
    if (narrowed) expect(scope!.length).toBeLessThan(documents.length)
    const query = queries[name]
    expect({ name, params, result: await run(query, params, scope!, byId) }).toEqual({
      name,
      params,
      result: await run(query, params, documents, byId),
    })
  }
}

describe('project scopes of the embedded backend', () => {
  it('give the same results as the whole seed dataset', async () => {
    const documents = parseNdjson(readFileSync(SEED, 'utf8'), 'seed')
    // The seed has one project: its scope still leaves nothing of it out.
    await expectSameResults(documents, { narrowed: false })
  })

  it('give the same results as a whole generated dataset of three projects', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'scope-')), 'x3.ndjson')
    execFileSync(process.execPath, ['bench/generate-dataset.mjs', '3', file], { stdio: 'pipe' })
    const documents = parseNdjson(readFileSync(file, 'utf8'), 'x3')
    const projects = documents.filter((d) => d._type === 'project')
    expect(projects).toHaveLength(3)
    // A result of the seed project citing an activity of the third one: the third one's activity
    // page lists it, so that activity's scope must hold it.
    const foreign = documents.find((d) => d._type === 'activity' && d._id.includes('003'))
    const result = documents.find((d) => d._type === 'result')
    expect(foreign).toBeDefined()
    expect(result).toBeDefined()
    const crossing = {
      ...result!,
      _id: 'result-crossing',
      activities: [{ _type: 'reference', _ref: foreign!._id, _key: 'x' }],
    }
    const withCrossing = [...documents, crossing]
    const byId = new Map(withCrossing.map((d) => [d._id, d]))
    const activityPage = await run(
      queries.activityQuery,
      { id: foreign!._id },
      new ProjectScopes(withCrossing, byId).forParams({ id: foreign!._id })!,
      byId,
    )
    expect(JSON.stringify(activityPage)).toContain('result-crossing')
    await expectSameResults(withCrossing, { narrowed: true })
  })

  it('give the same results for activities named by id across projects', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'scope-')), 'x3.ndjson')
    execFileSync(process.execPath, ['bench/generate-dataset.mjs', '3', file], { stdio: 'pipe' })
    const documents = parseNdjson(readFileSync(file, 'utf8'), 'x3')
    const byId = new Map(documents.map((d) => [d._id, d]))
    const scopes = new ProjectScopes(documents, byId)
    const activities = documents.filter((d) => d._type === 'activity').map((d) => d._id)
    const update = documents.find((d) => d._type === 'update')
    expect(update).toBeDefined()
    // Every third activity (all three projects: every document), one, none known, and an
    // unknown one among those of one project.
    const lists = [
      { ids: activities.filter((_, index) => index % 3 === 0), narrowed: false },
      { ids: activities.slice(5, 6), narrowed: true },
      { ids: ['no-such-activity'], narrowed: true },
      { ids: [...activities.slice(0, 4), 'no-such-activity'], narrowed: true },
    ]
    for (const { ids, narrowed } of lists) {
      const scope = scopes.forParams({ ids })
      expect(scope).not.toBeNull()
      if (narrowed) expect(scope!.length).toBeLessThan(documents.length)
      const query = queries.activitiesByIdsQuery
      expect({ ids, result: await run(query, { ids }, scope!, byId) }).toEqual({
        ids,
        result: await run(query, { ids }, documents, byId),
      })
    }
    // Naming a shared document, the whole dataset.
    expect(scopes.forParams({ ids: [activities[0], update!._id] })).toBeNull()
  })

  it('leave queries about shared documents, or about nothing, to the whole dataset', () => {
    const documents = parseNdjson(readFileSync(SEED, 'utf8'), 'seed')
    const scopes = new ProjectScopes(documents, new Map(documents.map((d) => [d._id, d])))
    const update = documents.find((d) => d._type === 'update')
    expect(update).toBeDefined()
    expect(scopes.forParams({ id: update!._id })).toBeNull()
    expect(scopes.forParams({})).toBeNull()
    expect(scopes.forParams({ id: 'no-such-document' })).toBeNull()
  })
})

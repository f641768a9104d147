/**
 * The project list pages the routable projects' ids (`projectOrder`) and reads only a page's
 * projects whole (`projectsByIds`): each page must hold what the same page of every project read
 * whole (`projects`) holds, on the seed and on thirty generated projects (two pages).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createEmbeddedBackend } from '@/lib/content/backends/embedded'
import { createRepository } from '@/lib/content/catalog'
import { projectsQuery } from '@/lib/content/queries'
import { PROJECTS_PAGE_SIZE, pageOf } from '@/lib/site/paging'

function generated(factor: number): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'project-order-')), `x${factor}.ndjson`)
  execFileSync(process.execPath, ['bench/generate-dataset.mjs', String(factor), file], {
    stdio: 'pipe',
  })
  return file
}

async function expectSamePages(datasetPath: string, pages: number) {
  const backend = createEmbeddedBackend(datasetPath)
  const queries: string[] = []
  const repository = createRepository((query, params) => {
    queries.push(query)
    return backend.fetch(query, params)
  })
  for (const locale of ['ka', 'en'] as const) {
    const whole = await repository.read('projects', locale)
    const ids = await repository.read('projectOrder', locale)
    expect(ids).toEqual(whole.map((project) => project.id))
    for (let page = 1; page <= pages + 1; page++) {
      const params = page === 1 ? {} : { page: String(page) }
      const expected = pageOf(whole, params, PROJECTS_PAGE_SIZE)
      const paged = pageOf(ids, params, PROJECTS_PAGE_SIZE)
      if (page > pages) {
        expect([expected, paged]).toEqual([null, null])
        continue
      }
      const read = await repository.read(
        'projectsByIds',
        locale,
        undefined,
        undefined,
        paged!.items,
      )
      expect({ ...paged, items: read }).toEqual(expected)
    }
  }
  return queries
}

describe('the paged project list', () => {
  it('shows what the whole list shows, on the seed', async () => {
    await expectSamePages('sanity/seed/production.ndjson', 1)
  })

  it('shows what the whole list shows, on thirty generated projects', async () => {
    const queries = await expectSamePages(generated(30), 2)
    // Besides the comparison's own read of every project, the pages read none whole.
    expect(queries.filter((query) => query === projectsQuery)).toHaveLength(2)
  })
})

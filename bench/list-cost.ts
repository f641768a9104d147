// What one page of the activity list across projects costs at scale, measured without a server:
// the repository over the embedded backend (as pages read it, minus Next's cache), time and heap
// after each step. `old` reads and filters every row whole (as the CSV does); `new` filters the
// activity index and reads only the page's rows.
//
//   node --expose-gc --import tsx bench/list-cost.ts <dataset.ndjson> [new|old]
import { createEmbeddedBackend } from '@/lib/content/backends/embedded'
import { withSafeguards } from '@/lib/content/backends/safeguards'
import { createRepository } from '@/lib/content/catalog'
import { activityIndexQuery, routeIndexQuery } from '@/lib/content/queries'
import { activityReportData, indexedReportData } from '@/lib/reporting/report-data'
import type { SearchParams } from '@/lib/reporting/filters'

const [datasetPath = 'sanity/seed/production.ndjson', mode = 'new'] = process.argv.slice(2)
const source = withSafeguards(createEmbeddedBackend(datasetPath))
// Like lib/content/index.ts: the two indexes are one object per content version.
const kept = new Map<string, Promise<unknown>>()
const repository = createRepository((query, params) => {
  if (query !== routeIndexQuery && query !== activityIndexQuery) return source.fetch(query, params)
  const known = kept.get(query) ?? source.fetch(query, params)
  kept.set(query, known)
  return known
})

const mb = (bytes: number) => Math.round(bytes / 2 ** 20)
async function step(name: string, work: () => Promise<unknown>) {
  const start = performance.now()
  const result = await work()
  const ms = Math.round(performance.now() - start)
  globalThis.gc?.()
  const { rss, heapUsed } = process.memoryUsage()
  console.log(
    `${name.padEnd(34)} ${String(ms).padStart(7)} ms  heap ${mb(heapUsed)} MB  rss ${mb(rss)} MB`,
  )
  return result
}

async function list(params: SearchParams) {
  if (mode === 'old') {
    return activityReportData('en', await repository.read('allActivities', 'en'), params)
  }
  const rows = await repository.read('activityIndex', 'en')
  return indexedReportData('en', rows, params, async (ids) => {
    return (await repository.read('activitiesByIds', 'en', undefined, undefined, ids)) ?? []
  })
}

async function main() {
  await step('dataset parsed', () => source.fetch('*[_id == $id][0]', { id: 'none' }))
  await step('route index', () => repository.routeIndex())
  const first = await step(`${mode}: first page (cold)`, () => list({}))
  await step(`${mode}: first page (warm)`, () => list({}))
  await step(`${mode}: page 7`, () => list({ page: '7' }))
  await step(`${mode}: search "border"`, () => list({ q: 'border' }))
  await step(`${mode}: status + sort by title`, () => list({ status: 'ongoing', sort: 'title' }))
  if (mode === 'new')
    await step('new: activity index, other language', () => repository.read('activityIndex', 'ka'))
  const data = first && typeof first === 'object' && 'shown' in first ? first : null
  console.log(data ? `rows listed: ${Array.isArray(data.shown) ? data.shown.length : '?'}` : '')
}

void main()

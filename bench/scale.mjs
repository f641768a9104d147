// Scale: how GROQ query time over the embedded dataset, build time and memory, the throughput of
// cached pages, the first visit of pages the build did not prerender, the sitemap and the server's
// memory after that crawl change when the dataset holds 1 and 1,000 projects
// (bench/generate-dataset.mjs; issue 23 point 6: first visit within 1 s, RSS under 1 GB).
//
//   node bench/scale.mjs            all factors (1, 1000)
//   node bench/scale.mjs 1 10       only these factors (bench/results/scale.json holds only them)
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import autocannon from 'autocannon'
import { tsImport } from 'tsx/esm/api'
import { generateDataset } from './generate-dataset.mjs'
import { ROOT, WORK, benchPort, build, startServer, stats, writeResult } from './lib.mjs'
import { run as measureBesideNginx } from './throughput.mjs'

const FACTORS = [1, 1000]
// Never the default `.next`: other builds (dev, tests) live there.
const DIST_DIR = '.next-bench'
const WARMUP_RUNS = 2
const TIMED_RUNS = 20
/** From this factor on, each query is timed fewer times (one run of the slowest takes seconds). */
const LARGE_FACTOR = 100
const LARGE_TIMED_RUNS = 5
/** @param {number} factor */
const timedRunsAt = (factor) => (factor >= LARGE_FACTOR ? LARGE_TIMED_RUNS : TIMED_RUNS)
const BUILD_TIMEOUT_SECONDS = 20 * 60
const LOAD = { connections: 50, duration: 10 }
const SHAPE =
  "each project: 2 objectives, 4 clusters, 24 activities (the seed's 8 + 9 + 3 + 4; the issue's " +
  '"100 × 4 × 25" rounded to the seed shape)'

const PROJECT = 'secure-borders-safe-migration'
const CLUSTER = 'migration-data-management'
const ACTIVITY = 'national-census'
const PAGES = [`/en/projects/${PROJECT}`, `/en/projects/${PROJECT}/clusters/${CLUSTER}`]

/**
 * The app's modules and types this benchmark uses.
 * @typedef {typeof import('../lib/content/queries')} Queries
 * @typedef {typeof import('../lib/content/catalog').createRepository} CreateRepository
 * @typedef {ReturnType<CreateRepository>} Repository
 * @typedef {import('../lib/content/backends/types').ContentBackend} ContentBackend
 * @typedef {import('../lib/content/backends/types').QueryParams} QueryParams
 * @typedef {import('../lib/content/schemas/routes').RoutableProject} RoutableProject
 */
/**
 * @typedef {{ query: string, params: QueryParams }} RecordedQuery
 * @typedef {{ median: number, p95: number, max: number }} QueryTiming
 * @typedef {{ done: number, total: number }} StaticPages
 * @typedef {{ secondsPerPage: number, totalSeconds: number }} Projection
 */
/**
 * A finished build, or one that failed or hit the time limit (with `error`).
 * @typedef {object} BuildResult
 * @property {number} seconds
 * @property {number} [peakRssMb]
 * @property {number} prerenderedHtml
 * @property {StaticPages | null} staticPages
 * @property {string} [error]
 * @property {Projection | null} [projection]
 */
/**
 * @typedef {object} PageThroughput
 * @property {string | null} cache
 * @property {number} requestsPerSecond
 * @property {number} p50Ms
 * @property {number} p99Ms
 * @property {number} requests
 * @property {number} errors
 * @property {number} timeouts
 * @property {number} non2xx
 */

/**
 * The queries (with their params) that the repository itself issues for the seed project's pages
 * and the lists: recorded from a real run, so the timings follow the code instead of a copy of it.
 * @param {Queries} queries
 * @param {CreateRepository} createRepository
 * @param {ContentBackend} source
 */
async function recordQueries(queries, createRepository, source) {
  /** @type {Map<string, string>} */
  const names = new Map(Object.entries(queries).map(([name, query]) => [query, name]))
  /** @type {Map<string, RecordedQuery>} */
  const recorded = new Map()
  const repository = createRepository((query, params) => {
    recorded.set(names.get(query) ?? query.slice(0, 40), { query, params })
    return source.fetch(query, params)
  })
  await repository.read('project', 'en', PROJECT)
  await repository.read('cluster', 'en', PROJECT, CLUSTER)
  await repository.read('activity', 'en', PROJECT, ACTIVITY)
  await repository.read('projectActivities', 'en', PROJECT)
  await repository.read('projects', 'en')
  // Not behind a prerendered page, but run by /[locale]/activities and its CSV.
  await repository.read('allActivities', 'en')
  return recorded
}

/**
 * The app's TypeScript modules, loaded through tsx so that the benchmark runs with plain node.
 * tsx types the module `tsImport` resolves to as `any`: each caller declares which module it loads.
 * @param {string} file path from the repository's root
 */
function importTs(file) {
  return tsImport(pathToFileURL(path.join(ROOT, file)).href, import.meta.url)
}

/** @param {{ factors?: number[], port?: number, buildTimeoutSeconds?: number }} [options] */
export async function run({
  factors = FACTORS,
  port = benchPort(3320, 20),
  buildTimeoutSeconds = BUILD_TIMEOUT_SECONDS,
} = {}) {
  /** @type {Queries} */
  const queries = await importTs('lib/content/queries.ts')
  /** @type {typeof import('../lib/content/backends/embedded')} */
  const { createEmbeddedBackend } = await importTs('lib/content/backends/embedded.ts')
  /** @type {typeof import('../lib/content/catalog')} */
  const { createRepository } = await importTs('lib/content/catalog.ts')
  mkdirSync(WORK, { recursive: true })
  const results = []
  for (const factor of factors) {
    const file = path.join(WORK, `scale-${factor}.ndjson`)
    const text = generateDataset({ factor })
    writeFileSync(file, text)
    // The app's own embedded source, so that what is timed is exactly what pages run (groq-js
    // parse with params, evaluate, get, plus whatever the source adds, e.g. its reference index).
    const source = createEmbeddedBackend(file)
    const facts = datasetFacts(text)
    log(`${factor}×: ${facts.documents} documents, checking them through the repository`)
    const checks = await checkDataset(
      createRepository((query, params) => source.fetch(query, params)),
      factor,
    )
    log(`${factor}×: timing queries`)
    const queryRuns = timedRunsAt(factor)
    const queryMs = await timeQueries(
      await recordQueries(queries, createRepository, source),
      source,
      queryRuns,
    )
    // Both `next build` and `next start` read the generated file; an empty project id keeps the
    // embedded source even if the shell has a Sanity project configured.
    const env = {
      NEXT_DIST_DIR: DIST_DIR,
      CONTENT_DATASET_PATH: file,
      NEXT_PUBLIC_SANITY_PROJECT_ID: '',
    }
    log(`${factor}×: next build`)
    const buildResult = await buildPortal(env, factor, buildTimeoutSeconds)
    const throughput = buildResult.error
      ? { skipped: 'the build did not finish' }
      : await measureThroughput(env, port, factor)
    // The throughput suite's pages and filtered lists, nginx serving the same bytes beside them.
    log(`${factor}×: pages and filtered lists beside nginx`)
    const serving = buildResult.error
      ? { skipped: 'the build did not finish' }
      : await measureBesideNginx({ env, port, nginxPort: port + 1, save: false })
    const firstVisits = buildResult.error
      ? { skipped: 'the build did not finish' }
      : await measureFirstVisits(
          env,
          port,
          factor,
          crawlOf(await routeIndexOf(createRepository, source)),
        )
    results.push({
      factor,
      ...facts,
      checks,
      queryRuns,
      queryMs,
      build: buildResult,
      throughput,
      serving,
      firstVisits,
    })
    // Saved after every factor, so a later failure keeps what was measured.
    writeResult('scale', {
      shape: SHAPE,
      runs: `${TIMED_RUNS} (${LARGE_TIMED_RUNS} from ${LARGE_FACTOR}×)`,
      load: { ...LOAD, pages: PAGES },
      factors: results,
    })
  }
  return { factors: results }
}

/** @param {string} text NDJSON */
function datasetFacts(text) {
  /** @type {{ _type: string }[]} */
  const documents = text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
  const count = (/** @type {string} */ type) => documents.filter((doc) => doc._type === type).length
  return {
    documents: documents.length,
    projects: count('project'),
    activities: count('activity'),
    datasetBytes: Buffer.byteLength(text),
  }
}

/**
 * Runs the repository (and so the app's zod schemas) over the dataset: the seed project and the
 * last synthetic one must come back whole, and no document may be skipped as invalid.
 * @param {Repository} repository
 * @param {number} factor
 */
async function checkDataset(repository, factor) {
  /** @type {string[]} */
  const skipped = []
  const warn = console.warn
  console.warn = (...args) => skipped.push(args.join(' '))
  try {
    const routes = (await repository.routeIndex()).projects
    const summaries = await repository.read('projects', 'ka')
    const failures = []
    if (routes.length !== factor) failures.push(`${routes.length} routable projects`)
    if (summaries.length !== factor) failures.push(`${summaries.length} project summaries`)
    for (const project of [routes[0], routes.at(-1)].filter((route) => route !== undefined)) {
      failures.push(...(await checkProject(repository, project)))
    }
    failures.push(...skipped)
    if (failures.length) throw new Error(`${factor}× dataset is invalid:\n${failures.join('\n')}`)
    return { routableProjects: routes.length, skippedDocuments: 0 }
  } finally {
    console.warn = warn
  }
}

/**
 * What is wrong with one project's pages and lists (nothing: an empty list).
 * @param {Repository} repository
 * @param {RoutableProject} routes
 */
async function checkProject(repository, routes) {
  const slug = routes.slug
  const clusterSlug = routes.clusters[0]?.slug
  const activitySlug = routes.activities.at(-1)?.slug
  const project = await repository.read('project', 'ka', slug)
  // A project without clusters or activities has no such page to check (reported below).
  const cluster =
    clusterSlug === undefined ? null : await repository.read('cluster', 'en', slug, clusterSlug)
  const activity =
    activitySlug === undefined ? null : await repository.read('activity', 'en', slug, activitySlug)
  const listed = await repository.read('projectActivities', 'ka', slug)
  const inClusters = project?.clusters.reduce((sum, c) => sum + c.activities.length, 0)
  const problems = [
    project?.objectives.length === 2 || 'objectives',
    project?.clusters.length === 4 || 'clusters',
    inClusters === 24 || 'activities in clusters',
    cluster?.project.slug === slug || 'cluster page',
    activity?.project.slug === slug || 'activity page',
    listed?.length === 24 || 'activity list',
  ]
  return problems.filter((p) => p !== true).map((what) => `${slug}: ${what}`)
}

/**
 * Median, 95th percentile and maximum (ms) of each recorded query, after a warm-up.
 * @param {Map<string, RecordedQuery>} recorded
 * @param {ContentBackend} source
 * @param {number} runs
 */
async function timeQueries(recorded, source, runs) {
  /** @type {Record<string, QueryTiming>} */
  const result = {}
  for (const [name, { query, params }] of recorded) {
    for (let i = 0; i < WARMUP_RUNS; i++) await source.fetch(query, params)
    const ms = []
    for (let i = 0; i < runs; i++) {
      const started = performance.now()
      await source.fetch(query, params)
      ms.push(performance.now() - started)
    }
    const summary = stats(ms)
    result[name] = {
      median: round(summary.median),
      p95: round(summary.p95),
      max: round(summary.max),
    }
  }
  return result
}

/**
 * A cold build (the dist directory is emptied first), with its prerendered pages counted. Its
 * output goes to bench/.work/scale-<factor>-build.log; a build that fails or hits the time limit
 * is recorded, not thrown, so the other factors still run.
 * @param {Record<string, string>} env
 * @param {number} factor
 * @param {number} timeoutSeconds
 * @returns {Promise<BuildResult>}
 */
async function buildPortal(env, factor, timeoutSeconds) {
  const htmlDir = path.join(ROOT, DIST_DIR, 'server/app')
  const logFile = path.join(WORK, `scale-${factor}-build.log`)
  await rm(path.join(ROOT, DIST_DIR), { recursive: true, force: true })
  const started = Date.now()
  try {
    const { seconds, peakRssMb, output } = build(env, { timeoutSeconds })
    writeFileSync(logFile, output)
    return {
      seconds,
      peakRssMb,
      prerenderedHtml: htmlTimes(htmlDir).length,
      staticPages: staticPagesProgress(output),
    }
  } catch (error) {
    const stopped = Date.now()
    const seconds = (stopped - started) / 1000
    const message = error instanceof Error ? error.message : String(error)
    writeFileSync(logFile, message)
    const staticPages = staticPagesProgress(message)
    return {
      error:
        seconds >= timeoutSeconds
          ? `stopped after the ${timeoutSeconds} s limit`
          : message.trim().split('\n').slice(-15).join('\n'),
      seconds,
      // How far prerendering got: Next's progress line and the HTML files written so far.
      staticPages,
      prerenderedHtml: htmlTimes(htmlDir).length,
      projection: projectPrerender(htmlTimes(htmlDir), staticPages, started, stopped),
    }
  }
}

/**
 * Next's last "Generating static pages … (done/total)" line, as { done, total }.
 * @param {string} output
 * @returns {StaticPages | null}
 */
function staticPagesProgress(output) {
  const matches = [...output.matchAll(/Generating static pages[^(\n]*\((\d+)\/(\d+)\)/g)]
  const last = matches.at(-1)
  return last ? { done: Number(last[1]), total: Number(last[2]) } : null
}

/** Modification times (ms) of the prerendered HTML files, oldest first. @param {string} dir */
function htmlTimes(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true })
    .filter((file) => String(file).endsWith('.html'))
    .map((file) => statSync(path.join(dir, String(file))).mtimeMs)
    .sort((a, b) => a - b)
}

/**
 * For a build stopped while prerendering: the rate at which HTML files appeared since the first
 * one, extrapolated linearly to Next's page total (compilation time before it included).
 * @param {number[]} times modification times of the HTML files, oldest first
 * @param {StaticPages | null} staticPages
 * @param {number} started when the build started (ms)
 * @param {number} stopped when it was stopped (ms)
 * @returns {Projection | null}
 */
function projectPrerender(times, staticPages, started, stopped) {
  const first = times[0]
  if (!staticPages || first === undefined || times.length < 2) return null
  const secondsPerPage = (stopped - first) / 1000 / times.length
  return {
    secondsPerPage: round(secondsPerPage),
    totalSeconds: Math.round((first - started) / 1000 + secondsPerPage * staticPages.total),
  }
}

/**
 * autocannon against each page after one request has put it in (or confirmed it in) the cache.
 * @param {Record<string, string>} env
 * @param {number} port
 * @param {number} factor
 */
async function measureThroughput(env, port, factor) {
  log(`${factor}×: throughput`)
  const server = await startServer(port, env)
  try {
    /** @type {Record<string, PageThroughput>} */
    const result = {}
    for (const page of PAGES) {
      const url = `${server.url}${page}`
      const first = await fetch(url)
      await first.text()
      if (!first.ok) throw new Error(`${page} answered ${first.status}`)
      const load = await autocannon({ url, ...LOAD })
      result[page] = {
        cache: first.headers.get('x-nextjs-cache'),
        requestsPerSecond: load.requests.average,
        p50Ms: load.latency.p50,
        p99Ms: load.latency.p99,
        requests: load.requests.total,
        errors: load.errors,
        timeouts: load.timeouts,
        non2xx: load.non2xx,
      }
    }
    return result
  } finally {
    server.stop()
  }
}

/**
 * The route index's projects, from the app's own repository over the dataset.
 * @param {CreateRepository} createRepository
 * @param {ContentBackend} source
 */
async function routeIndexOf(createRepository, source) {
  return (await createRepository((query, params) => source.fetch(query, params)).routeIndex())
    .projects
}

/**
 * Ten pages no build prerenders (lib/content/index.ts prerenders the first projects' pages and
 * the home project's clusters and activities): of the last two projects, both languages, every
 * kind of page. With one project, its own pages (then some are prerendered). Then two filtered
 * views of the list across projects.
 * @param {RoutableProject[]} projects
 */
function crawlOf(projects) {
  const last = projects.at(-1)
  const other = projects.at(-2) ?? last
  if (!last || !other) return []
  const base = (/** @type {string} */ locale, /** @type {RoutableProject} */ p) =>
    `/${locale}/projects/${p.slug}`
  const cluster = (/** @type {RoutableProject} */ p) => p.clusters.at(-1)?.slug
  const activity = (/** @type {RoutableProject} */ p, /** @type {number} */ i) =>
    p.activities.at(i)?.slug
  return [
    base('en', last),
    base('ka', last),
    `${base('en', last)}/objectives`,
    `${base('ka', last)}/about-data`,
    `${base('en', last)}/activities`,
    `${base('en', last)}/clusters/${cluster(last)}`,
    `${base('ka', last)}/activities/${activity(last, -1)}`,
    `${base('en', last)}/activities/${activity(last, 0)}`,
    `${base('en', other)}/clusters/${cluster(other)}`,
    `${base('ka', other)}/activities/${activity(other, 5)}`,
    // The list across projects (24,000 activities at 1,000×): filtered, searched.
    '/en/activities?status=completed&sort=title',
    '/ka/activities?q=border',
  ]
}

/**
 * A fresh server, then each page of the crawl once (its first visit: rendered on demand) and once
 * more (cached), the sitemap index and its first file, and the server's RSS afterwards.
 * @param {Record<string, string>} env
 * @param {number} port
 * @param {number} factor
 * @param {string[]} crawl
 */
async function measureFirstVisits(env, port, factor, crawl) {
  log(`${factor}×: first visits`)
  const server = await startServer(port, env)
  try {
    /** @param {string} page */
    const visit = async (page) => {
      const started = performance.now()
      const response = await fetch(`${server.url}${page}`, { signal: AbortSignal.timeout(60_000) })
      await response.text()
      return {
        status: response.status,
        ms: Math.round(performance.now() - started),
        cache: response.headers.get('x-nextjs-cache'),
      }
    }
    /** @type {Record<string, { first: { status: number, ms: number, cache: string | null }, again: { status: number, ms: number, cache: string | null } }>} */
    const pages = {}
    for (const page of [...crawl, '/sitemap.xml', ...(await sitemapFiles(server.url))]) {
      const first = await visit(page)
      pages[page] = { first, again: await visit(page) }
    }
    return { startupMs: server.startupMs, pages, rssMb: rssMb(server.pid) }
  } finally {
    server.stop()
  }
}

/**
 * The paths of the sitemap's first and last files, as its index lists them.
 * @param {string} base
 */
async function sitemapFiles(base) {
  const index = await (await fetch(`${base}/sitemap.xml`)).text()
  const files = [...index.matchAll(/<loc>[^<]*?(\/sitemaps\/[^<]+)<\/loc>/g)].map((m) => m[1] ?? '')
  return [...new Set([files[0], files.at(-1)])].filter((file) => file !== undefined)
}

/** A process's resident memory in MB (ps). @param {number} pid */
function rssMb(pid) {
  const kb = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }))
  return Math.round(kb / 1024)
}

const round = (/** @type {number} */ ms) => Math.round(ms * 100) / 100
const log = (/** @type {string} */ message) => console.error(`[scale] ${message}`)

/** @typedef {Awaited<ReturnType<typeof run>>['factors'][number]} FactorResult */
/** @typedef {string | number} Cell */

/**
 * Two tables, factors as columns: query medians, then dataset, build and throughput.
 * @param {FactorResult[]} entries
 */
function printTables(entries) {
  const header = ['', ...entries.map((e) => `${e.factor}×`)]
  const queryRows = Object.keys(entries[0]?.queryMs ?? {}).map((name) => [
    `${name} (median ms)`,
    ...entries.map((e) => e.queryMs[name]?.median ?? '—'),
  ])
  const pageRows = PAGES.flatMap((page) => {
    const short = page.split('/').at(-1)
    /**
     * The page's measurements; none when the factor's build did not finish.
     * @param {FactorResult} e
     * @returns {Partial<PageThroughput>}
     */
    const at = (e) => ('skipped' in e.throughput ? undefined : e.throughput[page]) ?? {}
    return [
      [`${short} req/s`, ...entries.map((e) => at(e).requestsPerSecond ?? '—')],
      [`${short} p50 / p99 ms`, ...entries.map((e) => pair(at(e).p50Ms, at(e).p99Ms))],
      [`${short} errors / non-2xx`, ...entries.map((e) => pair(at(e).errors, at(e).non2xx))],
    ]
  })
  /** @type {Cell[][]} */
  const rows = [
    ['documents', ...entries.map((e) => e.documents)],
    ['projects / activities', ...entries.map((e) => pair(e.projects, e.activities))],
    ['dataset KB', ...entries.map((e) => Math.round(e.datasetBytes / 1024))],
    [
      'build s',
      ...entries.map((e) => `${e.build.seconds.toFixed(1)}${e.build.error ? ' (!)' : ''}`),
    ],
    ['projected build s', ...entries.map((e) => e.build.projection?.totalSeconds ?? '—')],
    ['build peak RSS MB', ...entries.map((e) => e.build.peakRssMb ?? '—')],
    ['static pages (Next)', ...entries.map((e) => progress(e.build.staticPages))],
    ['prerendered HTML files', ...entries.map((e) => e.build.prerenderedHtml ?? '—')],
    ...pageRows,
    ...firstVisitRows(entries),
  ]
  console.log(table([header, ...queryRows]))
  console.log()
  console.log(table([header, ...rows]))
  for (const e of entries.filter((e) => e.build.error)) {
    console.log(`\n${e.factor}× build: ${e.build.error}`)
  }
}

/**
 * First visit (ms) of the slowest crawled page and of the sitemap, and RSS after the crawl.
 * @param {FactorResult[]} entries
 * @returns {Cell[][]}
 */
function firstVisitRows(entries) {
  const visits = (/** @type {FactorResult} */ e) =>
    'skipped' in e.firstVisits ? [] : Object.entries(e.firstVisits.pages)
  const slowest = (/** @type {FactorResult} */ e) => {
    const pages = visits(e).filter(([page]) => !page.includes('sitemap'))
    return pages.length ? Math.max(...pages.map(([, v]) => v.first.ms)) : '—'
  }
  const sitemap = (/** @type {FactorResult} */ e) => {
    const found = visits(e).filter(([page]) => page.includes('sitemap'))
    return found.length ? found.map(([, v]) => v.first.ms).join(' / ') : '—'
  }
  return [
    ['first visit, slowest of 10 ms', ...entries.map(slowest)],
    ['sitemap index / file 0 ms', ...entries.map(sitemap)],
    [
      'RSS after crawl MB',
      ...entries.map((e) => ('skipped' in e.firstVisits ? '—' : e.firstVisits.rssMb)),
    ],
  ]
}

/** @param {number | undefined} a @param {number | undefined} b */
const pair = (a, b) => (a === undefined ? '—' : `${a} / ${b}`)
const progress = (/** @type {StaticPages | null | undefined} */ p) =>
  p ? `${p.done}/${p.total}` : '—'

/** Aligned columns: the first left-aligned, the others right-aligned. @param {Cell[][]} rows */
function table(rows) {
  const widths = (rows[0] ?? []).map((_, i) =>
    Math.max(...rows.map((row) => String(row[i]).length)),
  )
  return rows
    .map((row) =>
      row.map((cell, i) => String(cell)[i ? 'padStart' : 'padEnd'](widths[i] ?? 0)).join('  '),
    )
    .join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const factors = process.argv.slice(2).map(Number)
  const result = await run(factors.length ? { factors } : {})
  printTables(result.factors)
}

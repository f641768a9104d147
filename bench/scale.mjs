// Scale: how GROQ query time over the embedded dataset, build time and memory, and the throughput
// of cached pages change when the dataset holds 1, 10 and 100 projects (bench/generate-dataset.mjs).
//
//   node bench/scale.mjs            all factors (1, 10, 100); ~12 minutes on 2 cores today
//   node bench/scale.mjs 1 10       only these factors (bench/results/scale.json holds only them)
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import autocannon from 'autocannon'
import { tsImport } from 'tsx/esm/api'
import { generateDataset } from './generate-dataset.mjs'
import { ROOT, WORK, benchPort, build, startServer, stats, writeResult } from './lib.mjs'

const FACTORS = [1, 10, 100]
// Never the default `.next`: other builds (dev, tests) live there.
const DIST_DIR = '.next-bench'
const WARMUP_RUNS = 2
const TIMED_RUNS = 20
const BUILD_TIMEOUT_SECONDS = 20 * 60
const LOAD = { connections: 50, duration: 10 }
const SHAPE =
  "each project: 2 objectives, 4 clusters, 24 activities (the seed's 8 + 9 + 3 + 4; the issue's " +
  '"100 × 4 × 25" rounded to the seed shape)'

const PROJECT = 'secure-borders-safe-migration'
const CLUSTER = 'migration-data-management'
const ACTIVITY = 'national-census'
const PAGES = [`/en/projects/${PROJECT}`, `/en/projects/${PROJECT}/clusters/${CLUSTER}`]
const LOCALE = { locale: 'en', fallbackLocale: 'ka' }

/** The params lib/content/repository.ts passes to each query, for the seed project's pages. */
const QUERY_PARAMS = {
  projectQuery: { ...LOCALE, slug: PROJECT },
  clusterQuery: { ...LOCALE, projectSlug: PROJECT, slug: CLUSTER },
  activityQuery: { ...LOCALE, projectSlug: PROJECT, slug: ACTIVITY },
  projectActivitiesQuery: { ...LOCALE, projectSlug: PROJECT },
  projectsQuery: LOCALE,
  routeSlugsQuery: {},
  // Not behind a prerendered page, but run by /[locale]/activities, its CSV and the home page.
  allActivitiesQuery: LOCALE,
  homeProjectSlugQuery: {},
}

/** The app's TypeScript modules, loaded through tsx so that the benchmark runs with plain node. */
function importTs(file) {
  return tsImport(pathToFileURL(path.join(ROOT, file)).href, import.meta.url)
}

export async function run({
  factors = FACTORS,
  port = benchPort(3320, 20),
  buildTimeoutSeconds = BUILD_TIMEOUT_SECONDS,
} = {}) {
  const queries = await importTs('lib/content/queries.ts')
  const { createEmbeddedSource } = await importTs('lib/content/sources/embedded.ts')
  const { createRepository } = await importTs('lib/content/repository.ts')
  mkdirSync(WORK, { recursive: true })
  const results = []
  for (const factor of factors) {
    const file = path.join(WORK, `scale-${factor}.ndjson`)
    const text = generateDataset({ factor })
    writeFileSync(file, text)
    // The app's own embedded source, so that what is timed is exactly what pages run (groq-js
    // parse with params, evaluate, get, plus whatever the source adds, e.g. its reference index).
    const source = createEmbeddedSource(file)
    const facts = datasetFacts(text)
    log(`${factor}×: ${facts.documents} documents, checking them through the repository`)
    const checks = await checkDataset(
      createRepository((query, params) => source.fetch(query, params)),
      factor,
    )
    log(`${factor}×: timing queries`)
    const queryMs = await timeQueries(queries, source)
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
    results.push({ factor, ...facts, checks, queryMs, build: buildResult, throughput })
    // Saved after every factor, so a later failure keeps what was measured.
    writeResult('scale', {
      shape: SHAPE,
      runs: TIMED_RUNS,
      load: { ...LOAD, pages: PAGES },
      factors: results,
    })
  }
  return { factors: results }
}

function datasetFacts(text) {
  const documents = text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
  const count = (type) => documents.filter((doc) => doc._type === type).length
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
 */
async function checkDataset(repository, factor) {
  const skipped = []
  const warn = console.warn
  console.warn = (...args) => skipped.push(args.join(' '))
  try {
    const routes = await repository.getRouteSlugs()
    const summaries = await repository.getProjects('ka')
    const failures = []
    if (routes.length !== factor) failures.push(`${routes.length} routable projects`)
    if (summaries.length !== factor) failures.push(`${summaries.length} project summaries`)
    for (const project of [routes[0], routes.at(-1)].filter(Boolean)) {
      failures.push(...(await checkProject(repository, project)))
    }
    failures.push(...skipped)
    if (failures.length) throw new Error(`${factor}× dataset is invalid:\n${failures.join('\n')}`)
    return { routableProjects: routes.length, skippedDocuments: 0 }
  } finally {
    console.warn = warn
  }
}

async function checkProject(repository, routes) {
  const slug = routes.slug
  const project = await repository.getProject('ka', slug)
  const cluster = await repository.getCluster('en', slug, routes.clusters[0]?.slug)
  const activity = await repository.getActivity('en', slug, routes.activities.at(-1)?.slug)
  const listed = await repository.getProjectActivities('ka', slug)
  const inClusters = project?.clusters.reduce((sum, c) => sum + c.activities.length, 0)
  const problems = [
    project?.objectives.length === 2 || 'objectives',
    project?.clusters.length === 4 || 'clusters',
    inClusters === 24 || 'activities in clusters',
    cluster?.project.slug === slug || 'cluster page',
    activity?.project.slug === slug || 'activity page',
    listed.length === 24 || 'activity list',
  ]
  return problems.filter((p) => p !== true).map((what) => `${slug}: ${what}`)
}

async function timeQueries(queries, source) {
  const result = {}
  for (const [name, params] of Object.entries(QUERY_PARAMS)) {
    const query = queries[name]
    for (let i = 0; i < WARMUP_RUNS; i++) await source.fetch(query, params)
    const ms = []
    for (let i = 0; i < TIMED_RUNS; i++) {
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
    writeFileSync(logFile, error.message)
    const staticPages = staticPagesProgress(error.message)
    return {
      error:
        seconds >= timeoutSeconds
          ? `stopped after the ${timeoutSeconds} s limit`
          : error.message.trim().split('\n').slice(-15).join('\n'),
      seconds,
      // How far prerendering got: Next's progress line and the HTML files written so far.
      staticPages,
      prerenderedHtml: htmlTimes(htmlDir).length,
      projection: projectPrerender(htmlTimes(htmlDir), staticPages, started, stopped),
    }
  }
}

/** Next's last "Generating static pages … (done/total)" line, as { done, total }. */
function staticPagesProgress(output) {
  const matches = [...output.matchAll(/Generating static pages[^(\n]*\((\d+)\/(\d+)\)/g)]
  const last = matches.at(-1)
  return last ? { done: Number(last[1]), total: Number(last[2]) } : null
}

/** Modification times (ms) of the prerendered HTML files, oldest first. */
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
 */
function projectPrerender(times, staticPages, started, stopped) {
  if (!staticPages || times.length < 2) return null
  const secondsPerPage = (stopped - times[0]) / 1000 / times.length
  return {
    secondsPerPage: round(secondsPerPage),
    totalSeconds: Math.round((times[0] - started) / 1000 + secondsPerPage * staticPages.total),
  }
}

/** autocannon against each page after one request has put it in (or confirmed it in) the cache. */
async function measureThroughput(env, port, factor) {
  log(`${factor}×: throughput`)
  const server = await startServer(port, env)
  try {
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

const round = (ms) => Math.round(ms * 100) / 100
const log = (message) => console.error(`[scale] ${message}`)

/** Two tables, factors as columns: query medians, then dataset, build and throughput. */
function printTables(entries) {
  const header = ['', ...entries.map((e) => `${e.factor}×`)]
  const queryRows = Object.keys(QUERY_PARAMS).map((name) => [
    `${name} (median ms)`,
    ...entries.map((e) => e.queryMs[name].median),
  ])
  const pageRows = PAGES.flatMap((page) => {
    const short = page.split('/').at(-1)
    const at = (e) => e.throughput[page] ?? {}
    return [
      [`${short} req/s`, ...entries.map((e) => at(e).requestsPerSecond ?? '—')],
      [`${short} p50 / p99 ms`, ...entries.map((e) => pair(at(e).p50Ms, at(e).p99Ms))],
      [`${short} errors / non-2xx`, ...entries.map((e) => pair(at(e).errors, at(e).non2xx))],
    ]
  })
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
  ]
  console.log(table([header, ...queryRows]))
  console.log()
  console.log(table([header, ...rows]))
  for (const e of entries.filter((e) => e.build.error)) {
    console.log(`\n${e.factor}× build: ${e.build.error}`)
  }
}

const pair = (a, b) => (a === undefined ? '—' : `${a} / ${b}`)
const progress = (p) => (p ? `${p.done}/${p.total}` : '—')

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)))
  return rows
    .map((row) =>
      row.map((cell, i) => String(cell)[i ? 'padStart' : 'padEnd'](widths[i])).join('  '),
    )
    .join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const factors = process.argv.slice(2).map(Number)
  const result = await run(factors.length ? { factors } : {})
  printTables(result.factors)
}

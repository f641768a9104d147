// Renders bench/results/*.json as a short Markdown summary (bench/results/SUMMARY.md).
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { RESULTS } from './lib.mjs'
import { PHOTO_BUDGET_POINTS } from './lighthouse.mjs'

/**
 * What the suites measure, as their modules return it.
 * @typedef {ReturnType<typeof import('./lib.mjs').stats>} Stats
 * @typedef {Awaited<ReturnType<typeof import('./throughput.mjs').measure>>} Measurement
 * @typedef {Awaited<ReturnType<typeof import('./throughput.mjs').run>>['results']} ThroughputRows
 * @typedef {Awaited<ReturnType<typeof import('./page-weight.mjs').run>>} PageWeightRows
 * @typedef {Awaited<ReturnType<typeof import('./lighthouse.mjs').run>>} LighthouseRows
 * @typedef {Awaited<ReturnType<typeof import('./load.mjs').run>>} LoadResult
 * @typedef {Awaited<ReturnType<typeof import('./scale.mjs').run>>['factors']} ScaleFactors
 * @typedef {ScaleFactors[number]} ScaleFactor
 * @typedef {{ combinations: number, firstVisitsPerSecond: number, next: Measurement, nginx: Measurement, ratio: number }} FilteredResult
 */
/**
 * The cluster suite's result (bench/cluster.ts, a script that exports no types).
 * @typedef {{ proxy: Measurement, nginx: Measurement, ratio: number }} Comparison
 * @typedef {{ ms: number[], summary: Stats }} Freshness
 * @typedef {object} ClusterResult
 * @property {number} connections
 * @property {number} seconds
 * @property {{ page: string, plain: Comparison, gzip: Comparison }[]} results
 * @property {Measurement & { page: string }} instance
 * @property {{ page: string, tries: number, purge: Freshness, microCache1s: Freshness }} freshness
 */
/**
 * The cluster suite's fault runs (bench/cluster-faults.ts).
 * @typedef {Awaited<ReturnType<typeof import('./cluster-faults').faultRuns>>} ClusterFaults
 */
/**
 * What each suite writes to bench/results/<suite>.json (besides what `writeResult` adds).
 * @typedef {{
 *   build: { dataset: string, seconds: number, peakRssMb: number },
 *   throughput: { connections: number, seconds: number, results: ThroughputRows, filtered?: FilteredResult },
 *   'page-weight': { budgetKb: number, overviewWithinBudget: boolean, results: PageWeightRows },
 *   lighthouse: { preset: string, lighthouse: string, results: LighthouseRows },
 *   revalidation: { page: string, tries: number, ms: number[], summary: Stats },
 *   load: LoadResult,
 *   flood: Awaited<ReturnType<typeof import('./flood.mjs').run>>,
 *   cluster: ClusterResult,
 *   'cluster-faults': ClusterFaults,
 *   scale: {
 *     shape: string,
 *     runs: number | string,
 *     load: { connections: number, duration: number, pages: string[] },
 *     factors: ScaleFactors,
 *   },
 * }} Results
 */
/**
 * What `writeResult` adds to every result.
 * @typedef {{ suite: string, measuredAt: string, node: string }} Written
 */
/**
 * A table cell (`null` and `undefined` print as such).
 * @typedef {string | number | null | undefined} Cell
 */

/**
 * A suite's last result, null when it has not run. The JSON is the suite's own output, not checked.
 * @template {keyof Results} Name
 * @param {Name} name
 * @returns {(Results[Name] & Written) | null}
 */
const read = (name) => {
  const file = path.join(RESULTS, `${name}.json`)
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null
}
/** @param {string[]} head @param {Cell[][]} rows */
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')

/**
 * @template {Written} R
 * @param {string} title
 * @param {R | null} result
 * @param {(result: R) => string} render
 */
function section(title, result, render) {
  if (!result) return `## ${title}\n\nNot measured yet (\`npm run bench\`).\n`
  return `## ${title}\n\n_measured ${result.measuredAt} on Node ${result.node}_\n\n${render(result)}\n`
}

/** @param {Results['build']} r */
const build = (r) => `Build ${r.seconds.toFixed(1)} s, peak RSS ${r.peakRssMb} MB.`

/** @param {Results['throughput']} r */
const throughput = (r) =>
  `${r.connections} connections, ${r.seconds} s per page (autocannon), after a warm-up run.\n\n` +
  table(
    ['page', 'next req/s', 'p50 ms', 'p99 ms', 'nginx req/s', 'p50 ms', 'p99 ms', 'next / nginx'],
    r.results.map((x) => [
      x.page,
      x.next.requestsPerSecond,
      x.next.latencyP50,
      x.next.latencyP99,
      x.nginx.requestsPerSecond,
      x.nginx.latencyP50,
      x.nginx.latencyP99,
      x.ratio,
    ]),
  ) +
  (r.filtered ? `\n\n${filteredLists(r.filtered)}` : '')

/** @param {FilteredResult} f */
const filteredLists = (f) =>
  `Filtered lists: ${f.combinations} distinct filter combinations (search words included) at random, each rendered once before (first visits ${f.firstVisitsPerSecond}/s); 2xx answers only.\n\n` +
  table(
    ['', '2xx/s', 'p50 ms', 'p99 ms', 'non-2xx'],
    [
      ['next', f.next.okPerSecond, f.next.latencyP50, f.next.latencyP99, f.next.non2xx],
      ['nginx', f.nginx.okPerSecond, f.nginx.latencyP50, f.nginx.latencyP99, f.nginx.non2xx],
      ['next / nginx', f.ratio, '', '', ''],
    ],
  )

/** @param {Results['page-weight']} r */
const pageWeight = (r) =>
  `Budget: overview under ${r.budgetKb} kB transferred including fonts → ${r.overviewWithinBudget ? 'met' : '**missed**'}.\n\n` +
  table(
    ['route', 'total kB', 'html', 'js', 'css', 'font', 'image', 'other'],
    r.results.map((x) => [
      x.route,
      x.transferredKb,
      ...['html', 'js', 'css', 'font', 'image', 'other'].map((k) =>
        x.totals[k]
          ? `${(x.totals[k].transferredBytes / 1024).toFixed(1)} (${x.totals[k].requests})`
          : '–',
      ),
    ]),
  ) +
  '\n\nCells: kB transferred (requests).'

/**
 * Each audit that lost points on any page, once (by id, as first met).
 * @param {LighthouseRows} results
 */
const lostAudits = (results) =>
  [
    ...new Map(
      results.flatMap((x) =>
        x.lost.map((a) => [a.id, `- \`${a.id}\` (${a.title})${a.value ? `: ${a.value}` : ''}`]),
      ),
    ).values(),
  ].join('\n')

/**
 * The overview with a hero photo against the same page without one (issue 21: at most
 * PHOTO_BUDGET_POINTS points of mobile performance, and no layout shift).
 * @param {Results['lighthouse']} r
 */
function photoCost(r) {
  const withPhoto = r.results.find((x) => x.photo)
  const without = r.results.find((x) => !x.photo && x.url === withPhoto?.url)
  if (!withPhoto || !without) return ''
  const cost = (without.scores.performance ?? 0) - (withPhoto.scores.performance ?? 0)
  const met = cost <= PHOTO_BUDGET_POINTS && withPhoto.metrics['cumulative-layout-shift'] === '0'
  return `\n\nHero photo on \`${withPhoto.url}\`: performance ${withPhoto.scores.performance} with it, ${without.scores.performance} without (${cost} points; budget ${PHOTO_BUDGET_POINTS}), CLS ${withPhoto.metrics['cumulative-layout-shift']} → ${met ? 'met' : '**not met**'}.`
}

/** @param {Results['lighthouse']} r */
const lighthouse = (r) =>
  table(
    ['url', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS'],
    r.results.map((x) => [
      x.photo ? `${x.url} (with a hero photo)` : x.url,
      x.scores.performance,
      x.scores.accessibility,
      x.scores['best-practices'],
      x.scores.seo,
      x.metrics['largest-contentful-paint'],
      x.metrics['total-blocking-time'],
      x.metrics['cumulative-layout-shift'],
    ]),
  ) +
  photoCost(r) +
  '\n\nAudits that lost points:\n\n' +
  lostAudits(r.results)

/** @param {Results['revalidation']} r */
const revalidation = (r) =>
  `${r.tries} tries on \`${r.page}\`: median **${r.summary.median} ms**, worst **${r.summary.max} ms** (min ${r.summary.min} ms, p95 ${r.summary.p95} ms).`

/** @param {Results['load']} r */
const load = (r) =>
  table(
    ['half', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'timeouts', 'non-2xx'],
    r.halves.map((h, i) => [
      i === 0 ? 'first 30 s' : 'second 30 s',
      h.rps,
      h.p50,
      h.p99,
      h.errors,
      h.timeouts,
      h.non2xx,
    ]),
  ) +
  `\n\nServer RSS: ${r.rssMb.before} MB after the warm-up, ${r.rssMb.middle} MB after 30 s, ${r.rssMb.after} MB after 60 s.`

/** @param {Measurement} m */
const measurementCell = (m) =>
  `${m.requestsPerSecond} (p50 ${m.latencyP50} / p99 ${m.latencyP99} ms)`
/** @param {Freshness} f */
const freshness = (f) => `median **${f.summary.median} ms**, worst **${f.summary.max} ms**`

/** @param {Results['cluster']} r */
const cluster = (r) =>
  `${r.connections} connections, ${r.seconds} s per measurement (autocannon), after a warm-up; ` +
  'nginx serves the HTML the proxy returned, compressing on the fly for gzip. Cells: req/s.\n\n' +
  table(
    ['page', 'proxy', 'nginx', 'proxy / nginx', 'proxy gzip', 'nginx gzip', 'gzip ratio'],
    r.results.map((x) => [
      x.page,
      measurementCell(x.plain.proxy),
      measurementCell(x.plain.nginx),
      x.plain.ratio,
      measurementCell(x.gzip.proxy),
      measurementCell(x.gzip.nginx),
      x.gzip.ratio,
    ]),
  ) +
  `\n\nOne instance alone (past the proxy, pages from Redis): ${measurementCell(r.instance)} on \`${r.instance.page}\`.\n\n` +
  `Webhook → fresh page through the proxy (${r.freshness.tries} tries, \`${r.freshness.page}\`): ` +
  `with the purge ${freshness(r.freshness.purge)}; with a 1 s micro-cache instead ${freshness(r.freshness.microCache1s)}.`

/** @param {Results['cluster-faults']} r */
const clusterFaults = (r) => {
  const ordinary = r.connections - r.headConnections - r.renderConnections
  return (
    `${r.runs.length} runs of ${r.seconds} s through the proxy, ${r.connections} connections: ` +
    `${ordinary} cycling GET of cached pages and of RSC payloads (passed to an instance), ` +
    `${r.headConnections} sending HEAD of cached pages and \`/api/health\` (passed), ` +
    `${r.renderConnections} asking for uncached search results (a render each); instance 1 killed ` +
    `with SIGKILL ${r.killedAfterMs / 1000} s in, restarted after the run. A request unanswered ` +
    `after ${r.timeoutSeconds} s is an error (a timeout). Goal: 0 errors and 0 non-2xx.\n\n` +
    table(
      [
        'run',
        'requests',
        'errors',
        'timeouts',
        'non-2xx',
        'statuses',
        'p99 ms: GET',
        'HEAD',
        'renders',
      ],
      r.runs.map((run, i) => [
        i + 1,
        run.requests,
        run.errors,
        run.timeouts,
        run.non2xx,
        Object.entries(run.statuses)
          .map(([status, n]) => `${status}: ${n}`)
          .join(', '),
        run.p99Ms,
        run.headP99Ms,
        run.renderP99Ms,
      ]),
    )
  )
}

/**
 * The i-th measured page of a scale factor, null when its build was skipped.
 * @param {ScaleFactor} f
 * @param {number} i
 */
const scalePage = (f, i) => {
  // A page's measurements, or the reason the build was skipped (`Object.values` would type
  // the values of this union of objects as `any`).
  /** @type {(import('./scale.mjs').PageThroughput | string)[]} */
  const measured = Object.values(f.throughput ?? {})
  const t = measured[i]
  return t && typeof t === 'object' && 'requestsPerSecond' in t
    ? `${t.requestsPerSecond} req/s, p50 ${t.p50Ms} / p99 ${t.p99Ms} ms`
    : null
}

/**
 * First visits of a scale factor's crawl (bench/scale.mjs), sitemap or pages.
 * @param {ScaleFactor} f
 * @param {boolean} sitemap
 */
const firstVisits = (f, sitemap) =>
  !f.firstVisits || 'skipped' in f.firstVisits
    ? []
    : Object.entries(f.firstVisits.pages)
        .filter(([page]) => page.includes('sitemap') === sitemap)
        .map(([, visit]) => visit.first.ms)
/** @param {ScaleFactor} f */
const slowestFirstVisit = (f) => {
  const ms = firstVisits(f, false)
  return ms.length ? Math.max(...ms) : undefined
}
/** @param {ScaleFactor} f */
const sitemapFirstVisit = (f) => {
  const ms = firstVisits(f, true)
  return ms.length ? ms.join(' / ') : undefined
}

/**
 * The cached pages of a factor measured beside nginx: the overview's figures and the lowest ratio.
 * @param {ScaleFactor} f
 */
const servedPages = (f) => {
  if (!f.serving || 'skipped' in f.serving) return undefined
  const rows = f.serving.results
  const first = rows[0]
  if (!first) return undefined
  const lowest = Math.min(...rows.map((row) => row.ratio))
  return `${first.next.requestsPerSecond} / ${first.nginx.requestsPerSecond} (lowest ${lowest})`
}

/** The filtered lists of a factor beside nginx. @param {ScaleFactor} f */
const servedLists = (f) => {
  if (!f.serving || 'skipped' in f.serving || !f.serving.filtered) return undefined
  const { next, nginx, ratio } = f.serving.filtered
  return `${next.okPerSecond} / ${nginx.okPerSecond} (${ratio}), p99 ${next.latencyP99}`
}

/** @param {Results['flood']} r */
const flood = (r) =>
  `One client floods one instance with ${r.connections.flood} connections of the list across projects searched for random words (each a render); ${r.connections.visitors} connections read \`${r.page}\` (cached), ${r.seconds} s each. Goal: the page's p99 under 200 ms during the flood.\n\n` +
  table(
    ['', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'statuses'],
    [
      ['page, no flood', ...floodRow(r.quiet)],
      ['page, no flood, nginx', ...floodRow(r.nginxQuiet)],
      ['page, during the flood', ...floodRow(r.during)],
      [
        'the flood',
        ...floodRow(r.flood).slice(0, -1),
        Object.entries(r.flood.byStatus)
          .map(([status, n]) => `${status}: ${n}`)
          .join(', '),
      ],
    ],
  )

/** @param {Results['flood']['quiet']} f */
const floodRow = (f) => [
  f.requestsPerSecond,
  f.p50Ms,
  f.p99Ms,
  f.maxMs,
  f.errors + f.timeouts,
  `2xx ${f.statuses['2xx']}, 4xx ${f.statuses['4xx']}, 5xx ${f.statuses['5xx']}`,
]

/** @param {Results['scale']} r */
const scale = (r) => {
  const columns = r.factors.map((f) => `${f.factor}×`)
  /** @param {string} label @param {(factor: ScaleFactor) => Cell} pick */
  const row = (label, pick) => [label, ...r.factors.map((f) => pick(f) ?? '–')]
  const queries = Object.keys(r.factors[0]?.queryMs ?? {})
  return (
    `${r.shape}; query times are medians of ${r.runs} runs through the app's embedded source.\n\n` +
    table(
      ['', ...columns],
      [
        row(
          'documents (projects / activities)',
          (f) => `${f.documents} (${f.projects} / ${f.activities})`,
        ),
        ...queries.map((q) => row(`${q} ms`, (f) => f.queryMs[q]?.median)),
        row('build s', (f) => f.build?.seconds?.toFixed(1) ?? f.build?.error),
        row('build peak RSS MB', (f) => f.build?.peakRssMb),
        row('prerendered HTML files', (f) => f.build?.prerenderedHtml),
        row('project page (cached)', (f) => scalePage(f, 0)),
        row('cluster page (cached)', (f) => scalePage(f, 1)),
        row('cached pages beside nginx (next / nginx req/s, lowest ratio)', (f) => servedPages(f)),
        row('filtered lists beside nginx (next / nginx 2xx/s, p99 ms)', (f) => servedLists(f)),
        row('start-up with warm-up ms', (f) =>
          !f.firstVisits || 'skipped' in f.firstVisits ? undefined : f.firstVisits.startupMs,
        ),
        row('first visit, slowest of the crawl ms', (f) => slowestFirstVisit(f)),
        row('sitemap index / first / last file, first visit ms', (f) => sitemapFirstVisit(f)),
        row('RSS after the crawl MB', (f) =>
          !f.firstVisits || 'skipped' in f.firstVisits ? undefined : f.firstVisits.rssMb,
        ),
      ],
    )
  )
}

export function writeSummary() {
  const parts = [
    '# Benchmark summary\n',
    'Machine: 2 cores, 24 GiB. Generated by `npm run bench` from `bench/results/*.json`.\n',
    section('Build (seed dataset)', read('build'), build),
    section(
      'Throughput: `next start` vs nginx serving the same HTML',
      read('throughput'),
      throughput,
    ),
    section('Page weight (Chromium, transferred bytes)', read('page-weight'), pageWeight),
    section('Lighthouse (mobile preset)', read('lighthouse'), lighthouse),
    section(
      'Revalidation latency (signed webhook → fresh HTML)',
      read('revalidation'),
      revalidation,
    ),
    section('Load (mixed pages, 100 connections, 2 × 30 s)', read('load'), load),
    section('Flood: random searches from one client, one instance', read('flood'), flood),
    section('Scale-out: Varnish in front of two instances sharing Redis', read('cluster'), cluster),
    section(
      'Faults: one instance killed under load through the proxy',
      read('cluster-faults'),
      clusterFaults,
    ),
    section('Scale (synthetic datasets, bench/scale.mjs)', read('scale'), scale),
  ]
  const file = path.join(RESULTS, 'SUMMARY.md')
  writeFileSync(file, parts.join('\n'))
  return file
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(writeSummary())

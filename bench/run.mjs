// `npm run bench [suite…]`: builds the portal once for benchmarking, runs the suites one after the
// other (never in parallel: they share two cores) and writes bench/results/*.json + SUMMARY.md.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { BENCH_SECRET, ROOT, WORK, build, writeResult } from './lib.mjs'
import * as flood from './flood.mjs'
import * as lighthouse from './lighthouse.mjs'
import * as load from './load.mjs'
import * as pageWeight from './page-weight.mjs'
import * as revalidation from './revalidation.mjs'
import { writeSummary } from './summary.mjs'
import * as throughput from './throughput.mjs'

const SUITES = [
  'throughput',
  'page-weight',
  'lighthouse',
  'revalidation',
  'load',
  'flood',
  'cluster',
  'scale',
]
const wanted = process.argv.slice(2).filter((arg) => SUITES.includes(arg))
// `--port=N` moves the cluster suite's ports (N…N+7), e.g. beside another checkout's run.
const portArg = process.argv.find((arg) => arg.startsWith('--port='))
const suites = wanted.length ? wanted : SUITES

mkdirSync(WORK, { recursive: true })
const dataset = path.join(WORK, 'dataset.ndjson')
copyFileSync(path.join(ROOT, 'sanity/seed/production.ndjson'), dataset)
const env = {
  NEXT_DIST_DIR: '.next-bench',
  CONTENT_DATASET_PATH: dataset,
  SANITY_REVALIDATE_SECRET: BENCH_SECRET,
}

if (suites.some((suite) => suite !== 'scale')) {
  console.log('building the portal (seed dataset)…')
  const { seconds, peakRssMb } = build(env)
  writeResult('build', { dataset: 'seed', seconds, peakRssMb })
  console.log(`build: ${seconds.toFixed(1)} s, peak RSS ${peakRssMb} MB`)
}

for (const suite of suites) {
  console.log(`\n== ${suite}`)
  if (suite === 'throughput') await throughput.run({ env })
  if (suite === 'page-weight') await pageWeight.run({ env })
  if (suite === 'lighthouse') await lighthouse.run({ env })
  if (suite === 'revalidation') {
    const { summary } = await revalidation.run({ env, dataset })
    console.log(
      `webhook → fresh page: median ${summary.median} ms, worst ${summary.max} ms (n=${summary.n})`,
    )
  }
  if (suite === 'load') {
    const { halves, rssMb } = await load.run({ env })
    for (const half of halves) {
      console.log(
        `load: ${half.rps} req/s, p99 ${half.p99} ms, errors ${half.errors}, timeouts ${half.timeouts}, non-2xx ${half.non2xx}`,
      )
    }
    console.log(`server RSS: ${rssMb.before} → ${rssMb.middle} → ${rssMb.after} MB`)
  }
  if (suite === 'flood') await flood.run({ env })
  if (suite === 'cluster') {
    // TypeScript (it starts the cluster as `npm run cluster` does), hence tsx, in its own process.
    const cluster = spawnSync('npx', ['tsx', 'bench/cluster.ts', ...(portArg ? [portArg] : [])], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    })
    if (cluster.status !== 0) throw new Error(`cluster suite failed (exit ${cluster.status})`)
  }
  if (suite === 'scale') {
    // In a fresh process: after Lighthouse and autocannon have run in this one, its heap and JIT
    // state made the query timings 2-2.5x slower than the same code measured alone.
    const scale = spawnSync(process.execPath, [path.join(ROOT, 'bench/scale.mjs')], {
      cwd: ROOT,
      stdio: 'inherit',
    })
    if (scale.status !== 0) throw new Error(`scale suite failed (exit ${scale.status})`)
  }
}

console.log(`\nsummary: ${writeSummary()}`)

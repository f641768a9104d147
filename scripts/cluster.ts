/**
 * `npm run cluster`: the portal as it scales out, on one machine (docs/operations.md,
 * "Scale-out"): Varnish on PORT (default 8080) in front of two instances on PORT+1 and PORT+2 that
 * share a Redis (started on PORT+3 unless REDIS_URL names one). Runs the build of
 * `npm run build`; Ctrl-C or SIGTERM stops everything it started.
 */
import { readClusterEnv } from '../lib/env/cluster'
import { startCluster, type Cluster } from './cluster/start'

const env = readClusterEnv()
let cluster: Cluster | null = null
let stopping = false

async function shutdown(signal: string) {
  if (stopping) return
  stopping = true
  console.log(`\n${signal}: stopping the cluster…`)
  await cluster?.stop()
  process.exit(0)
}
process.on('SIGINT', () => void shutdown('SIGINT'))
process.on('SIGTERM', () => void shutdown('SIGTERM'))

async function main() {
  cluster = await startCluster({
    port: env.port,
    redisUrl: env.redisUrl,
    distDir: env.distDir,
    echo: true,
  })
  if (stopping) return cluster.stop()
  console.log(
    [
      `portal (through the proxy): ${cluster.proxyUrl}`,
      `instances: ${cluster.instanceUrls.join(', ')}`,
      `metrics (loopback only): ${cluster.metricsUrls.join(', ')}`,
      `shared cache: ${cluster.redisUrl}${env.redisUrl ? '' : ' (started here)'}`,
      'Ctrl-C stops everything.',
    ].join('\n'),
  )
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})

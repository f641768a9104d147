/**
 * One machine's cluster: Redis (unless one is given), two instances (server.mjs) of the same
 * build sharing it, and Varnish in front. Used by `npm run cluster`, the cluster tests and the
 * benchmarks.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { startRedis } from './redis'
import { answers, startService, waitFor, type Service } from './processes'
import { startVarnish } from './varnish'

export type ClusterOptions = {
  /**
   * The proxy's port; instances on port+1 and port+2, a started Redis on port+3, the instances'
   * metrics (on loopback) on port+6 and port+7.
   */
  port: number
  /** An existing Redis; without it one is started. */
  redisUrl?: string | null
  distDir?: string
  /** Extra environment of the instances (CONTENT_DATASET_PATH, SANITY_REVALIDATE_SECRET, …). */
  env?: Record<string, string>
  /** Purge the proxy on each webhook (default); off measures a micro-cache instead. */
  purge?: boolean
  proxyTtlSeconds?: number
  /** Print the services' output, prefixed with their names. */
  echo?: boolean
}

export type Cluster = {
  proxyUrl: string
  instanceUrls: string[]
  /** Each instance's metrics (Prometheus text), in the order of `instanceUrls`. */
  metricsUrls: string[]
  redisUrl: string
  instances: Service[]
  /** Stops one instance (the proxy notices within about a second). */
  stopInstance: (index: number) => Promise<void>
  /** Kills one instance with SIGKILL, as a crash would: requests in flight on it fail. */
  killInstance: (index: number) => Promise<void>
  /** Starts a stopped instance again. */
  startInstance: (index: number) => Promise<void>
  /** Stops or starts the Redis this cluster started. */
  stopRedis: () => Promise<void>
  startRedis: () => Promise<void>
  /** Stops everything it started, proxy first. */
  stop: () => Promise<void>
}

// npm scripts, Playwright and the benchmarks all run from the project's root.
const ROOT = process.cwd()
/** The portal's server (server.mjs, as `npm start`): Next behind its request guard. */
const SERVER = path.join(ROOT, 'server.mjs')

/** What every instance runs with: the caller's environment, then the cluster's own settings. */
function instanceEnvironment(
  options: ClusterOptions,
  cluster: { distDir: string; redisUrl: string; proxyUrl: string },
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...options.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: cluster.distDir,
    REDIS_URL: cluster.redisUrl,
    PROXY_PURGE_URLS: options.purge === false ? '' : cluster.proxyUrl,
    // Varnish on loopback forwards every visitor: their address is in X-Forwarded-For.
    TRUSTED_PROXIES: process.env.TRUSTED_PROXIES || '127.0.0.1',
  }
}

/** The i-th instance: server.mjs on its port, with a metrics port of its own. */
function spawnInstance(
  index: number,
  ports: { instance: number; metrics: number },
  env: NodeJS.ProcessEnv,
  echo?: boolean,
): Service {
  return startService(
    `instance${index + 1}`,
    process.execPath,
    [SERVER, '-p', String(ports.instance), '-H', '127.0.0.1'],
    // Each its own: a METRICS_PORT passed through would make the second one fail to start.
    { cwd: ROOT, env: { ...env, METRICS_PORT: String(ports.metrics) }, echo },
  )
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const distDir = options.distDir ?? '.next'
  if (!existsSync(path.join(ROOT, distDir, 'BUILD_ID'))) {
    throw new Error(`no build in ${distDir}: run \`npm run build\` first`)
  }
  const { port } = options
  const work = path.join(ROOT, '.cluster', String(port))
  const started: Service[] = []
  const stopAll = async () => {
    for (const service of [...started].reverse()) await service.stop()
    started.length = 0
  }

  try {
    const redisPort = port + 3
    let redis: Service | null = null
    const redisUrl = options.redisUrl ?? `redis://127.0.0.1:${redisPort}`
    if (!options.redisUrl)
      started.push((redis = await startRedis(redisPort, path.join(work, 'redis'))))

    const proxyUrl = `http://127.0.0.1:${port}`
    const instancePorts = [port + 1, port + 2]
    const metricsPorts = [port + 6, port + 7]
    const instanceEnv = instanceEnvironment(options, { distDir, redisUrl, proxyUrl })
    const startInstance = async (index: number) => {
      const instancePort = instancePorts[index]!
      const ports = { instance: instancePort, metrics: metricsPorts[index]! }
      const instance = spawnInstance(index, ports, instanceEnv, options.echo)
      instances[index] = instance
      started.push(instance)
      await waitFor(instance, () => answers(`http://127.0.0.1:${instancePort}/api/health`), 60_000)
    }
    const instances: Service[] = []
    await Promise.all(instancePorts.map((_, i) => startInstance(i)))

    started.push(
      await startVarnish(port, path.join(work, 'varnish'), {
        instances: instancePorts.map((p) => `127.0.0.1:${p}`),
        ttlSeconds: options.proxyTtlSeconds,
      }),
    )

    const forget = (service: Service) => started.splice(started.indexOf(service), 1)
    return {
      proxyUrl,
      instanceUrls: instancePorts.map((p) => `http://127.0.0.1:${p}`),
      metricsUrls: metricsPorts.map((p) => `http://127.0.0.1:${p}/metrics`),
      redisUrl,
      instances,
      async stopInstance(index) {
        const instance = instances[index]!
        await instance.stop()
        forget(instance)
      },
      async killInstance(index) {
        const instance = instances[index]!
        await instance.kill()
        forget(instance)
      },
      startInstance,
      async stopRedis() {
        if (!redis) throw new Error('this cluster did not start Redis')
        await redis.stop()
        forget(redis)
      },
      async startRedis() {
        started.unshift((redis = await startRedis(redisPort, path.join(work, 'redis'))))
      },
      stop: stopAll,
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}

/** What `npm run cluster` and the cluster tests read; the instances validate their own variables. */
import { clusterEnvSchema, parseEnv } from './schema'

export function readClusterEnv(source: Record<string, string | undefined> = process.env) {
  const env = parseEnv(clusterEnvSchema, source)
  return {
    port: env.PORT ?? 8080,
    redisUrl: env.REDIS_URL ?? null,
    distDir: env.NEXT_DIST_DIR ?? '.next',
  }
}

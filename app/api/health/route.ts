import { configuredBackend, getPublishedRouteIndex } from '@/lib/content'
import { methodsNotAllowed } from '@/lib/method-not-allowed'

/** Longer than this, and a proxy is better off sending visitors to another instance. */
const HEALTH_TIMEOUT_MS = 2000

/**
 * The instance's health, for a proxy's probe and for monitoring: 200 when it can tell which pages
 * exist (its route index, from the content backend or its last good copy), 503 otherwise. Cheap:
 * the route index is cached and refreshed only by webhooks. Never cached itself.
 */
export async function GET() {
  const started = Date.now()
  const timeout = new Promise<'timeout'>((resolve) =>
    setTimeout(() => resolve('timeout'), HEALTH_TIMEOUT_MS).unref(),
  )
  const index = getPublishedRouteIndex().then(
    () => 'ok' as const,
    () => 'unavailable' as const,
  )
  const status = await Promise.race([index, timeout])
  const healthy = status === 'ok'
  return Response.json(
    {
      status: healthy ? 'ok' : 'unavailable',
      content: configuredBackend().kind,
      ms: Date.now() - started,
    },
    {
      status: healthy ? 200 : 503,
      headers: { 'cache-control': 'no-store', ...(healthy ? {} : { 'retry-after': '5' }) },
    },
  )
}

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed('/api/health')

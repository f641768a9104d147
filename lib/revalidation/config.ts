import 'server-only'
import { ConfigurationError } from '@/lib/env/schema'
import { serverEnv, type ServerEnv } from '@/lib/env/server'

/** The shared secret of the Sanity webhook; never sent to the browser. */
export function readWebhookSecret(env: ServerEnv = serverEnv()): string {
  if (!env.SANITY_REVALIDATE_SECRET) {
    throw new ConfigurationError('SANITY_REVALIDATE_SECRET is not set')
  }
  return env.SANITY_REVALIDATE_SECRET
}

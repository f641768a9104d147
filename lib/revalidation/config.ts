import 'server-only'
import { z } from 'zod'
import { ConfigurationError } from '@/lib/content/config'

const secretSchema = z
  .string({ error: 'is not set' })
  .min(16, 'must be at least 16 characters (use a long random string)')

/** The shared secret of the Sanity webhook; never sent to the browser. */
export function readWebhookSecret(env: NodeJS.ProcessEnv = process.env): string {
  const parsed = secretSchema.safeParse(env.SANITY_REVALIDATE_SECRET || undefined)
  if (!parsed.success) {
    throw new ConfigurationError(`SANITY_REVALIDATE_SECRET ${parsed.error.issues[0]?.message}`)
  }
  return parsed.data
}

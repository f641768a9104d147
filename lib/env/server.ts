import 'server-only'
import { parseEnv, serverEnvSchema } from './schema'

export type ServerEnv = ReturnType<typeof readServerEnv>

/** Reads and validates the server's variables (tests pass their own record). */
export function readServerEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(serverEnvSchema, source)
}

let cached: ServerEnv | null = null

/** The server's configuration, validated once; a bad value throws naming the variable. */
export function serverEnv(): ServerEnv {
  cached ??= readServerEnv()
  return cached
}

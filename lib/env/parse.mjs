// @ts-check
/**
 * How every environment variable is parsed: zod, an empty value counting as unset, one error
 * naming every problem. Plain JavaScript (typed by JSDoc) because the cache handler, which Next
 * loads outside the app bundle, parses its variables with it too (lib/env/cache.mjs).
 */
import { z } from 'zod'

export class ConfigurationError extends Error {
  name = 'ConfigurationError'
}

/**
 * An empty variable counts as unset (`.env` files often carry `NAME=`).
 * @template {z.ZodType} T
 * @param {T} schema
 */
export const unsetIfEmpty = (schema) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional())

export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })

/**
 * A comma-separated list (`a, b,c`): entries trimmed, empty ones dropped, each checked by `item`,
 * at least one.
 * @template {z.ZodType} T
 * @param {T} item
 * @param {string} error what the list must hold, when it holds nothing
 */
export const commaList = (item, error) =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).min(1, error))

/**
 * Parses variables with a schema; a bad one throws a ConfigurationError naming every problem.
 * @template {z.ZodObject} S
 * @param {S} schema
 * @param {Record<string, string | undefined>} source
 * @returns {z.output<S>}
 */
export function parseEnv(schema, source) {
  const parsed = schema.safeParse(source)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`)
  throw new ConfigurationError(`Invalid configuration:\n- ${problems.join('\n- ')}`)
}

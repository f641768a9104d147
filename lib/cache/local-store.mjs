// @ts-check
/**
 * The cache of a lone instance (no REDIS_URL): pages, route responses and `unstable_cache`
 * entries in memory, bounded by size (CACHE_LOCAL_MAX_MB), never on disk. Next's default cache
 * writes every rendered URL to disk and keeps it, so a stream of made-up URLs would fill the
 * disk; here the oldest entries simply go. Same interface as the shared store (shared-store.mjs).
 */
import { announceExpiry } from './expiry-signal.mjs'
import { SizeBoundedLru } from './lru.mjs'
import { serializeEntry } from './serialize.mjs'

/** Tags revalidated at least once are remembered; only the webhook's tags arrive here. */
const MAX_TAGS = 10_000

/** @typedef {import('./shared-store.mjs').Entry} Entry */

export class LocalCacheStore {
  /** @type {SizeBoundedLru<Entry>} */
  #entries
  /** @type {Map<string, number>} */
  #tagTimes = new Map()
  #now

  /** @param {{ maxBytes: number, now?: () => number }} options */
  constructor(options) {
    this.#entries = new SizeBoundedLru(options.maxBytes)
    this.#now = options.now ?? Date.now
  }

  /** The entries held now (for tests and the bounds in docs/operations.md, "Scale-out"). */
  get entries() {
    return this.#entries
  }

  /**
   * The entry under `key`, or null when there is none or one of its tags was revalidated after it
   * was written.
   * @param {string} key @param {string[]} [extraTags]
   */
  async get(key, extraTags = []) {
    const entry = this.#entries.get(key)
    if (!entry) return null
    const tags = [...entry.tags, ...extraTags]
    return tags.some((tag) => (this.#tagTimes.get(tag) ?? 0) > entry.lastModified) ? null : entry
  }

  /** @param {string} key @param {Entry} entry */
  async set(key, entry) {
    // Measured as stored elsewhere (serialised text): close enough to the memory it holds.
    this.#entries.set(key, entry, serializeEntry(entry).length)
  }

  /** @param {string[]} tags */
  async revalidateTags(tags) {
    const now = this.#now()
    for (const tag of tags) {
      this.#tagTimes.delete(tag)
      this.#tagTimes.set(tag, now)
    }
    while (this.#tagTimes.size > MAX_TAGS) {
      const oldest = this.#tagTimes.keys().next().value
      if (oldest === undefined) break
      this.#tagTimes.delete(oldest)
    }
    // Copies outside this store (server.mjs's front cache) go too.
    announceExpiry()
  }
}

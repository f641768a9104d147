// @ts-check
/**
 * The cache every instance shares: entries and tag revalidation times in Redis, and the
 * instance's own size-bounded copy while Redis is unreachable. Requests never wait for a dead
 * Redis: commands fail at once while disconnected (no offline queue) and time out after
 * COMMAND_TIMEOUT_MS otherwise; the store then serves from its own cache until Redis is back.
 */
import { Redis } from 'ioredis'
import { SizeBoundedLru } from './lru.mjs'
import { deserializeEntry, serializeEntry } from './serialize.mjs'

/** An entry not written again for a day leaves Redis (pages are re-set hourly when visited). */
export const ENTRY_TTL_SECONDS = 24 * 60 * 60
/**
 * Tag times matter only for entries written before them, and entries live a day at most: the
 * tag hash may go two days after its last write.
 */
const TAGS_TTL_SECONDS = 2 * ENTRY_TTL_SECONDS
const COMMAND_TIMEOUT_MS = 500

/**
 * @typedef {{ lastModified: number, value: unknown, cacheControl?: unknown, tags: string[] }} Entry
 * @typedef {Pick<Redis, 'status' | 'on' | 'get' | 'set' | 'hmget' | 'hset' | 'expire' | 'disconnect'>} RedisLike
 * @typedef {{
 *   redisUrl: string,
 *   keyPrefix: string,
 *   namespace: string,
 *   localMaxBytes: number,
 *   createClient?: (url: string) => RedisLike,
 *   log?: Pick<Console, 'info' | 'warn'>,
 *   onTagsResent?: (tags: string[]) => Promise<void>,
 *   now?: () => number,
 * }} StoreOptions
 */

/** @param {string} url @returns {RedisLike} */
function connect(url) {
  return new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 1000,
    commandTimeout: COMMAND_TIMEOUT_MS,
    // Reconnect every second, forever: Redis coming back is noticed within a second.
    retryStrategy: () => 1000,
  })
}

export class SharedCacheStore {
  /** @type {SizeBoundedLru<Entry>} */
  #local
  /** Tag revalidations made while Redis was unreachable: applied locally, sent when it is back. */
  #pendingTags = new Map()
  #downSince = 0
  #client
  #log
  #now
  #onTagsResent

  /** @param {StoreOptions} options */
  constructor(options) {
    this.entryPrefix = `${options.keyPrefix}:${options.namespace}:entry:`
    // Shared by every build, so a webhook reaching an old instance during a rollout still counts.
    this.tagsKey = `${options.keyPrefix}:tags`
    this.#local = new SizeBoundedLru(options.localMaxBytes)
    this.#log = options.log ?? console
    this.#now = options.now ?? Date.now
    this.#onTagsResent = options.onTagsResent
    this.#client = (options.createClient ?? connect)(options.redisUrl)
    this.#client.on('ready', () => void this.#reconnected())
    this.#client.on('error', (/** @type {Error} */ error) => this.#wentDown(error))
    this.#client.on('close', () => this.#wentDown(new Error('connection closed')))
  }

  /** True while entries are read from and written to Redis. */
  get online() {
    return this.#client.status === 'ready' && this.#downSince === 0
  }

  /** The instance's own cache, in use while Redis is unreachable. */
  get local() {
    return this.#local
  }

  /**
   * The entry under `key`, or null when there is none or one of its tags (or `extraTags`) was
   * revalidated after it was written.
   * @param {string} key @param {string[]} [extraTags]
   * @returns {Promise<Entry | null>}
   */
  async get(key, extraTags = []) {
    if (this.online) {
      try {
        const raw = await this.#client.get(this.entryPrefix + key)
        if (raw === null) return null
        /** @type {Entry} */
        const entry = deserializeEntry(raw)
        const tags = [...new Set([...entry.tags, ...extraTags])]
        const times = tags.length ? await this.#client.hmget(this.tagsKey, ...tags) : []
        return times.some((time) => Number(time) > entry.lastModified) ? null : entry
      } catch (error) {
        this.#wentDown(/** @type {Error} */ (error))
      }
    }
    const entry = this.#local.get(key)
    if (!entry) return null
    const tags = [...entry.tags, ...extraTags]
    return tags.some((tag) => (this.#pendingTags.get(tag) ?? 0) > entry.lastModified) ? null : entry
  }

  /** @param {string} key @param {Entry} entry */
  async set(key, entry) {
    const text = serializeEntry(entry)
    if (this.online) {
      try {
        await this.#client.set(this.entryPrefix + key, text, 'EX', ENTRY_TTL_SECONDS)
        return
      } catch (error) {
        this.#wentDown(/** @type {Error} */ (error))
      }
    }
    // Two bytes per UTF-16 unit would overcount ASCII HTML; the text length is close enough.
    this.#local.set(key, entry, text.length)
  }

  /**
   * Marks tags revalidated now: every entry written before, on any instance, is a miss from now
   * on. While Redis is unreachable the instance applies it to its own cache and sends it later.
   * @param {string[]} tags
   */
  async revalidateTags(tags) {
    if (tags.length === 0) return
    const now = this.#now()
    if (this.online) {
      try {
        await this.#client.hset(this.tagsKey, Object.fromEntries(tags.map((tag) => [tag, now])))
        await this.#client.expire(this.tagsKey, TAGS_TTL_SECONDS)
        return
      } catch (error) {
        this.#wentDown(/** @type {Error} */ (error))
      }
    }
    for (const tag of tags) this.#pendingTags.set(tag, now)
  }

  /** Closes the connection (tests; servers simply exit). */
  close() {
    this.#client.disconnect()
  }

  /** @param {Error} error */
  #wentDown(error) {
    if (this.#downSince !== 0) return
    this.#downSince = this.#now()
    this.#log.warn(
      `[cache] Redis unreachable (${error.message}); serving from this instance's own cache until it is back`,
    )
    // A command that timed out on a live connection: reconnect, so `ready` ends the episode.
    if (this.#client.status === 'ready') this.#client.disconnect(true)
  }

  async #reconnected() {
    const pending = [...this.#pendingTags.keys()]
    const wasDown = this.#downSince
    if (pending.length) {
      try {
        // Sent with the current time, not the original one: entries other instances wrote
        // during the outage are renewed too, which costs a render and never serves stale.
        const now = this.#now()
        await this.#client.hset(this.tagsKey, Object.fromEntries(pending.map((tag) => [tag, now])))
        await this.#client.expire(this.tagsKey, TAGS_TTL_SECONDS)
      } catch (error) {
        // Stay on the own cache and try again with the next connection.
        this.#log.warn(`[cache] Redis is back but refused the pending tags: ${error}`)
        this.#client.disconnect(true)
        return
      }
    }
    this.#pendingTags.clear()
    this.#local.clear()
    this.#downSince = 0
    // Pages other instances rendered from their own caches during the outage may sit in the
    // proxy: now that Redis knows the tags, drop them there as the webhook would have.
    if (pending.length) await this.#onTagsResent?.(pending)
    if (wasDown) {
      const seconds = ((this.#now() - wasDown) / 1000).toFixed(1)
      this.#log.info(
        `[cache] Redis is back after ${seconds} s; ${pending.length} tag revalidation(s) sent`,
      )
    }
  }
}

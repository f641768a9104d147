// @ts-check
/**
 * The cache every instance shares: entries and tag revalidation times in Redis, and the
 * instance's own size-bounded copy while Redis is unreachable. Requests never wait for a dead
 * Redis: commands fail at once while disconnected (no offline queue) and time out after
 * COMMAND_TIMEOUT_MS otherwise; the store then serves from its own cache until Redis is back.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { Redis } from 'ioredis'
import { announceExpiry, setExpiryFeed } from './expiry-signal.mjs'
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
 * @typedef {Pick<Redis, 'status' | 'on' | 'get' | 'set' | 'hmget' | 'hset' | 'expire' | 'disconnect' | 'publish'>} RedisLike
 * @typedef {Pick<Redis, 'status' | 'on' | 'subscribe' | 'disconnect'>} SubscriberLike
 * @typedef {{
 *   redisUrl: string,
 *   keyPrefix: string,
 *   namespace: string,
 *   localMaxBytes: number,
 *   createClient?: (url: string) => RedisLike,
 *   createSubscriber?: (url: string) => SubscriberLike,
 *   log?: Pick<Console, 'info' | 'warn'>,
 *   onTagsResent?: (tags: string[]) => Promise<void>,
 *   now?: () => number,
 *   pendingDir?: string,
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

/** @param {string} url @returns {SubscriberLike} */
function listen(url) {
  return new Redis(url, {
    connectTimeout: 1000,
    retryStrategy: () => 1000,
    // Subscribed again, and every copy dropped, on each `ready` (ExpiryFeed below).
    autoResubscribe: false,
  })
}

/**
 * Other instances' tag expiries, heard through Redis pub/sub, so that what this process keeps
 * outside the store (server.mjs's front cache) goes when another instance takes a webhook. A
 * message sent while the subscription is down is lost, so the feed counts as live only once its
 * subscription is confirmed, and every (re)subscription drops every copy: whatever it missed is
 * then gone too.
 */
class ExpiryFeed {
  #live = false
  /** @param {SubscriberLike} subscriber @param {string} channel @param {Pick<Console, 'warn'>} log */
  constructor(subscriber, channel, log) {
    this.subscriber = subscriber
    subscriber.on('message', () => announceExpiry())
    subscriber.on('ready', () => {
      subscriber.subscribe(channel).then(
        () => {
          this.#live = true
          announceExpiry()
        },
        (/** @type {Error} */ error) => log.warn(`[cache] could not subscribe: ${error.message}`),
      )
    })
    subscriber.on('close', () => {
      this.#live = false
    })
    subscriber.on('error', () => {
      this.#live = false
    })
  }

  get live() {
    return this.#live && this.subscriber.status === 'ready'
  }
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
  /** This process's file of pending tags, and those earlier processes left (sent with ours). */
  #pendingFile
  #inheritedFiles
  /** @type {ExpiryFeed | undefined} */
  #feed

  /** @param {StoreOptions} options */
  constructor(options) {
    // Before the client exists: its first `ready` sends what earlier processes left pending.
    const { file, inherited } = pendingFiles(options.pendingDir)
    this.#pendingFile = file
    this.#inheritedFiles = inherited.map(([path]) => path)
    for (const [, tags] of inherited)
      for (const [tag, time] of tags) this.#pendingTags.set(tag, time)
    this.entryPrefix = `${options.keyPrefix}:${options.namespace}:entry:`
    // Shared by every build, so a webhook reaching an old instance during a rollout still counts.
    this.tagsKey = `${options.keyPrefix}:tags`
    this.expiryChannel = `${options.keyPrefix}:expired`
    this.#local = new SizeBoundedLru(options.localMaxBytes)
    this.#log = options.log ?? console
    this.#now = options.now ?? Date.now
    this.#onTagsResent = options.onTagsResent
    this.#client = (options.createClient ?? connect)(options.redisUrl)
    this.#client.on('ready', () => void this.#reconnected())
    this.#client.on('error', (/** @type {Error} */ error) => this.#wentDown(error))
    this.#client.on('close', () => this.#wentDown(new Error('connection closed')))
    // Tests that pass a client of their own pass a subscriber too, or go without one.
    const createSubscriber = options.createSubscriber ?? (options.createClient ? null : listen)
    if (createSubscriber) {
      const feed = new ExpiryFeed(createSubscriber(options.redisUrl), this.expiryChannel, this.#log)
      this.#feed = feed
      setExpiryFeed(() => feed.live)
    }
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
        // Only once the tags are marked (a copy made sooner would hold the old entry): this
        // process's copies go now, other instances' when they hear it (ExpiryFeed).
        announceExpiry()
        await this.#client.publish(this.expiryChannel, JSON.stringify(tags))
        return
      } catch (error) {
        this.#wentDown(/** @type {Error} */ (error))
      }
    }
    for (const tag of tags) this.#pendingTags.set(tag, now)
    announceExpiry()
    // On disk before the webhook is answered: a restart before Redis returns still sends them.
    writePendingTags(this.#pendingFile, this.#pendingTags)
  }

  /** Closes the connection (tests; servers simply exit). */
  close() {
    this.#client.disconnect()
    this.#feed?.subscriber.disconnect()
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
        await this.#client.publish(this.expiryChannel, JSON.stringify(pending))
      } catch (error) {
        // Stay on the own cache and try again with the next connection.
        this.#log.warn(`[cache] Redis is back but refused the pending tags: ${error}`)
        this.#client.disconnect(true)
        return
      }
    }
    this.#pendingTags.clear()
    writePendingTags(this.#pendingFile, this.#pendingTags)
    for (const file of this.#inheritedFiles.splice(0)) rmSync(file, { force: true })
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

/**
 * Where this process keeps its pending tags (one file per process: instances of one build share
 * the directory), and what earlier processes left there (`{ tag: time }` each; a file that cannot
 * be read counts as empty).
 * @param {string | undefined} dir
 * @returns {{ file: string | undefined, inherited: [string, [string, number][]][] }}
 */
function pendingFiles(dir) {
  if (!dir) return { file: undefined, inherited: [] }
  const names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : []
  const inherited = names.map((name) => {
    const file = path.join(dir, name)
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8'))
      /** @type {[string, number][]} */
      const tags = Object.entries(saved).flatMap(([tag, time]) =>
        typeof time === 'number' ? [[tag, time]] : [],
      )
      return /** @type {[string, [string, number][]]} */ ([file, tags])
    } catch {
      return /** @type {[string, [string, number][]]} */ ([file, []])
    }
  })
  return { file: path.join(dir, `${process.pid}.json`), inherited }
}

/**
 * Replaces the file with the pending tags (written aside, flushed, then renamed, so a crash leaves
 * the old list or the new one), or removes it when none are pending.
 * @param {string | undefined} file
 * @param {Map<string, number>} pending
 */
function writePendingTags(file, pending) {
  if (!file) return
  if (pending.size === 0) {
    rmSync(file, { force: true })
    return
  }
  mkdirSync(path.dirname(file), { recursive: true })
  const partial = `${file}.${process.pid}.partial`
  writeFileSync(partial, JSON.stringify(Object.fromEntries(pending)), { flush: true })
  renameSync(partial, file)
}

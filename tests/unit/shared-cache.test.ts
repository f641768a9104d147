/**
 * @jest-environment node
 */
import { EventEmitter } from 'node:events'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { SizeBoundedLru } from '@/lib/cache/lru.mjs'
import { deserializeEntry, serializeEntry } from '@/lib/cache/serialize.mjs'
import { SharedCacheStore } from '@/lib/cache/shared-store.mjs'
import { expiryFeedLive, onExpiry, setExpiryFeed } from '@/lib/cache/expiry-signal.mjs'

/** An in-memory stand-in for ioredis that can be taken down and brought back. */
class FakeRedis extends EventEmitter {
  status = 'ready'
  strings = new Map<string, string>()
  hashes = new Map<string, Map<string, string>>()
  private check() {
    if (this.status !== 'ready') throw new Error('Connection is closed.')
  }
  async get(key: string) {
    this.check()
    return this.strings.get(key) ?? null
  }
  async set(key: string, value: string) {
    this.check()
    this.strings.set(key, value)
    return 'OK'
  }
  async hmget(key: string, ...fields: string[]) {
    this.check()
    return fields.map((f) => this.hashes.get(key)?.get(f) ?? null)
  }
  async hset(key: string, values: Record<string, number>) {
    this.check()
    const hash = this.hashes.get(key) ?? new Map<string, string>()
    for (const [f, v] of Object.entries(values)) hash.set(f, String(v))
    this.hashes.set(key, hash)
    return 1
  }
  async expire() {
    this.check()
    return 1
  }
  published: [string, string][] = []
  async publish(channel: string, message: string) {
    this.check()
    this.published.push([channel, message])
    return 1
  }
  disconnect() {}
  down() {
    this.status = 'reconnecting'
    this.emit('close')
  }
  up() {
    this.status = 'ready'
    this.emit('ready')
  }
}

let clock = 1_000
function store(
  redis: FakeRedis,
  localMaxBytes = 1_000_000,
  onTagsResent?: (tags: string[]) => Promise<void>,
  pendingDir?: string,
) {
  return new SharedCacheStore({
    redisUrl: 'redis://fake',
    keyPrefix: 'test',
    namespace: 'build-1',
    localMaxBytes,
    createClient: () => redis as never,
    log: { info: () => {}, warn: () => {} },
    now: () => clock,
    onTagsResent,
    pendingDir,
  })
}
const entry = (tags: string[], lastModified = clock) => ({
  lastModified,
  value: { kind: 'APP_PAGE', html: '<p>page</p>' },
  tags,
})
const flush = () => new Promise((resolve) => setImmediate(resolve))

describe('entry serialisation', () => {
  it('keeps Buffers and Maps (RSC payload, segments) across JSON', () => {
    const value = {
      rscData: Buffer.from([0, 1, 254, 255]),
      segmentData: new Map([['/_tree', Buffer.from('tree')]]),
      html: 'ა',
    }
    const back = deserializeEntry(serializeEntry(value))
    expect(Buffer.isBuffer(back.rscData)).toBe(true)
    expect([...back.rscData]).toEqual([0, 1, 254, 255])
    expect(back.segmentData).toBeInstanceOf(Map)
    expect(back.segmentData.get('/_tree').toString()).toBe('tree')
    expect(back.html).toBe('ა')
  })
})

describe('size-bounded LRU', () => {
  it('never holds more than its bound, dropping the least recently used first', () => {
    const lru = new SizeBoundedLru<string>(100)
    for (let i = 0; i < 1000; i++) lru.set(`/unknown-${i}`, 'x', 30)
    expect(lru.bytes).toBeLessThanOrEqual(100)
    expect(lru.size).toBe(3)
    lru.set('a', 'A', 30)
    lru.set('b', 'B', 30)
    lru.get('a')
    lru.set('c', 'C', 30)
    lru.set('d', 'D', 30)
    expect(lru.get('a')).toBe('A')
    expect(lru.get('b')).toBeUndefined()
    lru.set('huge', 'H', 101)
    expect(lru.get('huge')).toBeUndefined()
  })
})

describe('shared cache store', () => {
  it('shares entries and tag revalidations through Redis', async () => {
    const redis = new FakeRedis()
    const [a, b] = [store(redis), store(redis)]
    await a.set('/en', entry(['projects']))
    expect((await b.get('/en'))?.value).toEqual({ kind: 'APP_PAGE', html: '<p>page</p>' })
    clock += 10
    await b.revalidateTags(['projects'])
    expect(await a.get('/en')).toBeNull()
    // Tags the caller knows (unstable_cache's) count as well as the stored ones.
    await a.set('/q', entry([], clock + 1))
    clock += 10
    await b.revalidateTags(['organizations'])
    expect(await a.get('/q', ['organizations'])).toBeNull()
  })

  it('keeps serving from its own cache while Redis is down, and sends revalidations when back', async () => {
    const redis = new FakeRedis()
    const resent: string[][] = []
    const a = store(redis, 1_000_000, async (tags) => void resent.push(tags))
    redis.down()
    expect(a.online).toBe(false)
    expect(await a.get('/en')).toBeNull()
    await a.set('/en', entry(['projects']))
    expect(await a.get('/en')).not.toBeNull()
    expect(redis.strings.size).toBe(0)
    clock += 10
    await a.revalidateTags(['projects'])
    expect(await a.get('/en')).toBeNull()

    clock += 10
    redis.up()
    await flush()
    expect(a.online).toBe(true)
    expect(a.local.size).toBe(0)
    expect(redis.hashes.get('test:tags')?.get('projects')).toBe(String(clock))
    // …and the proxies are purged of what other instances rendered meanwhile.
    expect(resent).toEqual([['projects']])
  })

  it('keeps a webhook answered while Redis was down across a restart, and sends it when back', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'pending-tags-')), 'pending')
    const before = new FakeRedis()
    const a = store(before, 1_000_000, undefined, dir)
    before.down()
    clock += 10
    await a.revalidateTags(['activity.x'])
    // On disk before the webhook is answered.
    expect(readdirSync(dir)).toHaveLength(1)
    a.close()

    // The instance restarts while Redis is still away, then Redis returns.
    const after = new FakeRedis()
    after.status = 'reconnecting'
    const resent: string[][] = []
    const b = store(after, 1_000_000, async (tags) => void resent.push(tags), dir)
    clock += 10
    after.up()
    await flush()
    expect(b.online).toBe(true)
    expect(after.hashes.get('test:tags')?.get('activity.x')).toBe(String(clock))
    expect(resent).toEqual([['activity.x']])
    expect(readdirSync(dir)).toEqual([])
  })

  it('bounds its own cache however many URLs are requested while Redis is down', async () => {
    const redis = new FakeRedis()
    const a = store(redis, 10_000)
    redis.down()
    for (let i = 0; i < 500; i++) await a.set(`/en/projects/unknown-${i}`, entry([]))
    expect(a.local.bytes).toBeLessThanOrEqual(10_000)
    expect(a.local.size).toBeLessThan(500)
  })
})

/** A stand-in for the subscribing connection: confirms subscriptions while up. */
class FakeSubscriber extends EventEmitter {
  status = 'connecting'
  channels: string[] = []
  async subscribe(channel: string) {
    if (this.status !== 'ready') throw new Error('Connection is closed.')
    this.channels.push(channel)
    return 1
  }
  disconnect() {}
  up() {
    this.status = 'ready'
    this.emit('ready')
  }
  down() {
    this.status = 'reconnecting'
    this.emit('close')
  }
}

describe('other instances hear expiries (front caches)', () => {
  function feedStore(redis: FakeRedis, subscriber: FakeSubscriber) {
    return new SharedCacheStore({
      redisUrl: 'redis://fake',
      keyPrefix: 'test',
      namespace: 'build-1',
      localMaxBytes: 1_000_000,
      createClient: () => redis as never,
      createSubscriber: () => subscriber as never,
      log: { info: () => {}, warn: () => {} },
      now: () => clock,
    })
  }

  it('publishes the expired tags once they are marked, and announces them here', async () => {
    const redis = new FakeRedis()
    const s = store(redis)
    const heard = jest.fn()
    const stop = onExpiry(heard)
    await s.revalidateTags(['project:p'])
    stop()
    expect(redis.published).toEqual([['test:expired', '["project:p"]']])
    expect(redis.hashes.get('test:tags')?.has('project:p')).toBe(true)
    expect(heard).toHaveBeenCalledTimes(1)
  })

  it('announces each message, and counts as live only while subscribed', async () => {
    const subscriber = new FakeSubscriber()
    const s = feedStore(new FakeRedis(), subscriber)
    const heard = jest.fn()
    const stop = onExpiry(heard)
    expect(expiryFeedLive()).toBe(false)
    subscriber.up()
    await flush()
    expect(subscriber.channels).toEqual(['test:expired'])
    expect(expiryFeedLive()).toBe(true)
    // A (re)subscription drops every copy: messages may have been missed before it.
    expect(heard).toHaveBeenCalledTimes(1)
    subscriber.emit('message', 'test:expired', '["project:p"]')
    expect(heard).toHaveBeenCalledTimes(2)
    subscriber.down()
    expect(expiryFeedLive()).toBe(false)
    subscriber.up()
    await flush()
    expect(expiryFeedLive()).toBe(true)
    expect(heard).toHaveBeenCalledTimes(3)
    stop()
    s.close()
    setExpiryFeed(() => true)
  })
})

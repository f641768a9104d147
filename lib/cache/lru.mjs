// @ts-check
/**
 * A least-recently-used map bounded by the total size of its values (bytes, as the caller counts
 * them), for the instance's own cache while Redis is unreachable: however many URLs are
 * requested, it never holds more than `maxBytes`.
 * @template V
 */
export class SizeBoundedLru {
  /** @type {Map<string, { value: V, size: number }>} */
  #items = new Map()
  #bytes = 0
  #evictions = 0

  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes
  }

  get bytes() {
    return this.#bytes
  }

  get size() {
    return this.#items.size
  }

  /** Entries dropped so far to stay within `maxBytes`. */
  get evictions() {
    return this.#evictions
  }

  /** @param {string} key */
  get(key) {
    const item = this.#items.get(key)
    if (!item) return undefined
    // Re-insert: a Map iterates in insertion order, so the first key is the least recent.
    this.#items.delete(key)
    this.#items.set(key, item)
    return item.value
  }

  /** @param {string} key @param {V} value @param {number} size */
  set(key, value, size) {
    this.delete(key)
    if (size > this.maxBytes) return
    this.#items.set(key, { value, size })
    this.#bytes += size
    for (const [oldest, item] of this.#items) {
      if (this.#bytes <= this.maxBytes) break
      this.#items.delete(oldest)
      this.#bytes -= item.size
      this.#evictions += 1
    }
  }

  /** @param {string} key */
  delete(key) {
    const item = this.#items.get(key)
    if (!item) return
    this.#items.delete(key)
    this.#bytes -= item.size
  }

  clear() {
    this.#items.clear()
    this.#bytes = 0
  }
}

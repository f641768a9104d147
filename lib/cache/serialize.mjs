// @ts-check
/**
 * Cache entries hold Buffers (RSC payloads, route bodies) and Maps (RSC segments), which plain
 * JSON would turn into arrays of numbers and empty objects; Next then fails on navigation with
 * `segmentData.get is not a function`. These two functions keep both types across Redis.
 */

/** @param {unknown} entry */
export function serializeEntry(entry) {
  return JSON.stringify(entry, function replacer(key, value) {
    // `this[key]` is the value before Buffer#toJSON ran on it.
    const raw = /** @type {Record<string, unknown>} */ (this)[key]
    if (Buffer.isBuffer(raw)) return { $buffer: raw.toString('base64') }
    if (raw instanceof Map) return { $map: [...raw.entries()] }
    return value
  })
}

/** @param {string} text */
export function deserializeEntry(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object') {
      if (typeof value.$buffer === 'string') return Buffer.from(value.$buffer, 'base64')
      if (Array.isArray(value.$map)) return new Map(value.$map)
    }
    return value
  })
}

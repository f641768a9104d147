// @ts-check
/**
 * How copies kept outside Next's cache handler (server.mjs's front cache) learn that content
 * changed. The cache stores (local-store.mjs, shared-store.mjs) announce every tag expiry here;
 * with Redis, the shared store also hears other instances' expiries (Redis pub/sub) and announces
 * them, and says whether it can hear them at all (`feedLive`): while it cannot, a copy must not
 * be served, since another instance may have taken a webhook meanwhile.
 *
 * Next loads the cache handler itself, possibly as another module instance than server.mjs's
 * import, so the listeners live on a global symbol, like the store (cache-handler.mjs).
 */

const SIGNAL_SYMBOL = Symbol.for('iom-portal.cache-expiry-signal')

/** @typedef {{ listeners: Set<() => void>, feedLive: () => boolean }} Signal */

/** @returns {Signal} */
function signal() {
  const global = /** @type {Record<symbol, Signal | undefined>} */ (globalThis)
  const existing = global[SIGNAL_SYMBOL]
  if (existing) return existing
  /** @type {Signal} */
  const created = { listeners: new Set(), feedLive: () => true }
  global[SIGNAL_SYMBOL] = created
  return created
}

/**
 * Calls `listener` after every expiry announced in this process; returns the unsubscription.
 * @param {() => void} listener
 */
export function onExpiry(listener) {
  const { listeners } = signal()
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** Some content changed (or may have, while expiries could not be heard): drop every copy. */
export function announceExpiry() {
  for (const listener of signal().listeners) listener()
}

/**
 * Who tells whether expiries elsewhere reach this process (the shared store's subscription).
 * @param {() => boolean} feedLive
 */
export function setExpiryFeed(feedLive) {
  signal().feedLive = feedLive
}

/** Whether every expiry that matters to this process reaches it now (always, alone). */
export function expiryFeedLive() {
  return signal().feedLive()
}

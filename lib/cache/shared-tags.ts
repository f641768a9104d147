/**
 * The shared cache's tag store in this process, registered by lib/cache/cache-handler.mjs
 * (which Next loads outside the app bundle, hence the global symbol), or null without REDIS_URL.
 */
const STORE_SYMBOL = Symbol.for('iom-portal.shared-cache-store')

export type SharedTagStore = {
  /** Makes every entry with one of these tags a miss on every instance, now. */
  revalidateTags(tags: string[]): Promise<void>
}

function isSharedTagStore(value: unknown): value is SharedTagStore {
  return typeof value === 'object' && value !== null && 'revalidateTags' in value
}

export function sharedTagStore(): SharedTagStore | null {
  const store: unknown = Reflect.get(globalThis, STORE_SYMBOL)
  return isSharedTagStore(store) ? store : null
}

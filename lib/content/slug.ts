/**
 * Slugs are the portal's URLs: lowercase ASCII words joined by single hyphens, so links stay
 * stable and readable in every browser, spreadsheet and e-mail. One definition for the Studio's
 * validation, the data layer, the webhook and the route checks.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const SLUG_MAX_LENGTH = 96

export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value)
}

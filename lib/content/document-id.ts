/**
 * Sanity keeps unpublished edits under `drafts.<id>` and release versions under
 * `versions.<release>.<id>`; public pages show only published documents, and cross-document
 * checks compare published ids.
 */
export function isPublishedId(id: string): boolean {
  return !id.startsWith('drafts.') && !id.startsWith('versions.')
}

/** The published id of a draft or version id (unchanged for a published one). */
export function publishedId(id: string): string {
  if (id.startsWith('drafts.')) return id.slice('drafts.'.length)
  if (id.startsWith('versions.')) return id.split('.').slice(2).join('.')
  return id
}

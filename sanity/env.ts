import { SANITY_API_VERSION } from '../lib/content/config'

// Read by the Studio in the browser, so only public (NEXT_PUBLIC_) values; inlined at build time.
// The Sanity CLI sets SANITY_STUDIO_* instead, hence the second choice.
export const projectId =
  process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || process.env.SANITY_STUDIO_PROJECT_ID || ''
export const dataset =
  process.env.NEXT_PUBLIC_SANITY_DATASET || process.env.SANITY_STUDIO_DATASET || 'production'
export const apiVersion = SANITY_API_VERSION
export const isStudioConfigured = projectId !== ''

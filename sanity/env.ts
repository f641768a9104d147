import { SANITY_API_VERSION } from '../lib/content/api-version'
import { sanityDataset, sanityProjectId } from '../lib/env/public'

// Read by the Studio in the browser: public values only, inlined at build time.
export const projectId = sanityProjectId ?? ''
export const dataset = sanityDataset
export const apiVersion = SANITY_API_VERSION
export const isStudioConfigured = sanityProjectId !== null

import 'server-only'
import { sanityDataset, sanityProjectId } from '../env/public'
import { serverEnv } from '../env/server'
import { contentConfig } from './config'
import { resilientSource } from './resilient-source'
import { createEmbeddedSource } from './sources/embedded'
import { createSanitySource } from './sources/sanity'
import type { ContentSource } from './sources/types'

let source: ContentSource | null = null

/** The configured content source's settings (a bad variable throws, naming it). */
export function configuredContent() {
  return contentConfig({ server: serverEnv(), sanityProjectId, sanityDataset })
}

/** The configured content source, created on first use (a bad configuration fails here, loudly). */
export function contentSource(): ContentSource {
  if (!source) {
    const config = configuredContent()
    source = resilientSource(
      config.kind === 'embedded'
        ? createEmbeddedSource(config.datasetPath)
        : createSanitySource(config),
    )
  }
  return source
}

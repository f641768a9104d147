import 'server-only'
import { readContentConfig } from './config'
import { resilientSource } from './resilient-source'
import { createEmbeddedSource } from './sources/embedded'
import { createSanitySource } from './sources/sanity'
import type { ContentSource } from './sources/types'

let source: ContentSource | null = null

/** The configured content source, created on first use (a bad configuration fails here, loudly). */
export function contentSource(): ContentSource {
  if (!source) {
    const config = readContentConfig()
    source = resilientSource(
      config.kind === 'embedded'
        ? createEmbeddedSource(config.datasetPath)
        : createSanitySource(config),
    )
  }
  return source
}

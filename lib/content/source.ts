import 'server-only'
import path from 'node:path'
import { readBuildEnv } from '../env/build'
import { sanityDataset, sanityProjectId } from '../env/public'
import { serverEnv } from '../env/server'
import { contentConfig } from './config'
import { fileStore } from './last-good-store'
import { LAST_GOOD_ENTRIES } from './resilient-source'
import { withSafeguards } from './safeguards'
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
    source = withSafeguards(
      config.kind === 'embedded'
        ? createEmbeddedSource(config.datasetPath)
        : createSanitySource(config),
      {
        // In the build directory's cache, beside Next's own, so the build's queries fill it too.
        store: fileStore(
          path.join(readBuildEnv().distDir, 'cache', 'portal-last-good'),
          LAST_GOOD_ENTRIES,
        ),
      },
    )
  }
  return source
}

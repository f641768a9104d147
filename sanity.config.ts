'use client'

/** Sanity Studio, mounted at /studio inside the Next app (app/studio/[[...tool]]/page.tsx). */
import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { presentationTool } from 'sanity/presentation'
import { structureTool } from 'sanity/structure'
import { apiVersion, dataset, projectId } from './sanity/env'
import { resolve } from './sanity/presentation'
import { schemaTypes } from './sanity/schemaTypes'
import { structure } from './sanity/structure'
import { templates } from './sanity/templates'

export default defineConfig({
  name: 'default',
  title: 'IOM project portal',
  basePath: '/studio',
  // Without a project id the Studio page shows setup instructions instead of mounting this config.
  projectId: projectId || 'not-configured',
  dataset,
  schema: { types: schemaTypes, templates },
  plugins: [
    structureTool({ structure }),
    // Live preview of drafts on the site itself; draft mode is enabled through the route below,
    // which checks Sanity's preview URL secret.
    presentationTool({
      resolve,
      previewUrl: { initial: '/en', previewMode: { enable: '/api/draft-mode/enable' } },
    }),
    visionTool({ defaultApiVersion: apiVersion }),
  ],
})

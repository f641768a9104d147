'use client'

/** Sanity Studio, mounted at /studio inside the Next app (app/studio/[[...tool]]/page.tsx). */
import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { apiVersion, dataset, projectId } from './sanity/env'
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
  plugins: [structureTool({ structure }), visionTool({ defaultApiVersion: apiVersion })],
})

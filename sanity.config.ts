'use client'

/** Sanity Studio, mounted at /studio inside the Next app (app/studio/[[...tool]]/page.tsx). */
import { languageFilter } from '@sanity/language-filter'
import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { media } from 'sanity-plugin-media'
import { presentationTool } from 'sanity/presentation'
import { structureTool } from 'sanity/structure'
import { documentActions, SINGLETON_TYPES } from './sanity/actions/publish-with-slug-history'
import { apiVersion, dataset, projectId } from './sanity/env'
import { editorsGuideTool } from './sanity/guide-tool'
import { resolve } from './sanity/presentation'
import { schemaTypes } from './sanity/schemaTypes'
import { structure } from './sanity/structure'
import { templates } from './sanity/templates'
import { studioLanguages } from './sanity/lib/locales'
import { TranslationBadge } from './sanity/translation/badge'
import { isLocalizedType } from './sanity/translation/localized-paths'
import { withTranslationStatus } from './sanity/translation/structure'

export default defineConfig({
  name: 'default',
  title: 'IOM project portal',
  basePath: '/studio',
  // Without a project id the Studio page shows setup instructions instead of mounting this config.
  projectId: projectId || 'not-configured',
  dataset,
  schema: {
    types: schemaTypes,
    // The site settings are one document with a fixed id: no "new" button creates a second one.
    templates: (previous) => templates(previous).filter((t) => !SINGLETON_TYPES.has(t.schemaType)),
  },
  document: {
    // "EN missing" / "KA missing" on documents that lack a translation somewhere.
    badges: (previous) => [...previous, TranslationBadge],
    // Publishing a new slug keeps the old one, whose address then redirects.
    actions: documentActions,
    newDocumentOptions: (previous) =>
      previous.filter((item) => !SINGLETON_TYPES.has(item.templateId)),
  },
  plugins: [
    // The structure ends with "Needs English (n)" and "Needs Georgian (n)".
    structureTool({ structure: withTranslationStatus(structure) }),
    // Show one language at a time in every document with localised fields.
    languageFilter({
      supportedLanguages: studioLanguages.map(({ id, title }) => ({ id, title })),
      defaultLanguages: [],
      // Every document type. Must be given: with it left out, the plugin shows its button but its
      // field filter (which merges in a default of []) applies to no type at all.
      documentTypes: schemaTypes
        .filter((type) => type.type === 'document')
        .map((type) => type.name),
      filterField: (enclosingType, member, selected) =>
        !isLocalizedType(enclosingType) || selected.includes(member.name),
    }),
    // Live preview of drafts on the site itself; draft mode is enabled through the route below,
    // which checks Sanity's preview URL secret.
    presentationTool({
      resolve,
      previewUrl: { initial: '/en', previewMode: { enable: '/api/draft-mode/enable' } },
    }),
    visionTool({ defaultApiVersion: apiVersion }),
    // A media library: find, tag and reuse uploaded photos (a "Media" tool, and a source to pick
    // from in every image field besides uploading).
    media(),
    editorsGuideTool(),
  ],
})

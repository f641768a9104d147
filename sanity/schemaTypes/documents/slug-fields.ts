import { defineArrayMember, defineField } from 'sanity'
import { SLUG_MAX_LENGTH } from '../../../lib/content/slug'
import { TEXT_LIMITS } from '../../../lib/content/limits'
import { asciiSlug } from '../validation'

/** A required ASCII slug, made from the `source` field. */
export function slugField(options: {
  source: string
  description: string
  maxLength?: number
  group?: string
}) {
  const { source, maxLength = SLUG_MAX_LENGTH, ...rest } = options
  return defineField({
    name: 'slug',
    title: 'Slug',
    type: 'slug',
    ...rest,
    options: { source, maxLength },
    validation: (rule) => rule.required().custom(asciiSlug).error(),
  })
}

/**
 * A document's slug (its URL) and the slugs it had before. Renaming a slug on publish appends the
 * old one to `previousSlugs` (sanity/actions/publish-with-slug-history.ts), and the old URL then
 * redirects permanently to the new one, so links in e-mails and reports keep working.
 */
export function slugFields(source: string, group?: string) {
  return [
    slugField({
      source,
      group,
      description:
        'The address of the page (lowercase ASCII). If you change it, the old address redirects here.',
    }),
    defineField({
      name: 'previousSlugs',
      title: 'Earlier slugs',
      type: 'array',
      group,
      description: 'Filled in on publish when the slug changes; these addresses redirect here.',
      of: [defineArrayMember({ type: 'string' })],
      readOnly: true,
      hidden: ({ value }) => !Array.isArray(value) || value.length === 0,
      validation: (rule) => rule.max(TEXT_LIMITS.previousSlugs),
    }),
  ]
}

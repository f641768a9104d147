import { defineArrayMember, defineField, defineType, type Rule } from 'sanity'
import { IMAGE_LIMITS } from '../../../lib/content/limits'
import {
  IMAGE_CONSENTS,
  IMAGE_CONSENT_VALUES,
  studioOptions,
} from '../../../lib/content/vocabulary'
import { languageName } from '../../lib/locales'
import { choiceField } from '../documents/shared-fields'
import { missingLanguages } from './localized'

/** The parent image's `decorative` flag, for the alt text's rule. */
function isDecorative(parent: unknown): boolean {
  return Boolean(parent && typeof parent === 'object' && Reflect.get(parent, 'decorative') === true)
}

/**
 * A photo as the portal shows it: the asset (shared, reusable) with everything that belongs to its
 * use here on the field — the alt text in both languages (it describes the image in this context),
 * the caption, the credit and the rights under which it may be shown. The data layer leaves out an
 * image without an alt text (unless decorative) or whose rights have expired
 * (lib/content/schemas/image.ts).
 */
export const portalImage = defineType({
  name: 'portalImage',
  title: 'Photo',
  type: 'image',
  options: { hotspot: true },
  fields: [
    defineField({
      name: 'alt',
      title: 'Alternative text',
      type: 'localeString',
      description:
        'What the photo shows, for people who cannot see it (read aloud by screen readers), in both languages. Not needed when the photo is decorative.',
      validation: (rule: Rule) =>
        rule
          .custom((value, context) => {
            if (isDecorative(context.parent)) return true
            const missing = missingLanguages(value)
            return missing.length === 0
              ? true
              : `Write the alternative text in ${missing.map(languageName).join(' and ')}, or mark the photo decorative`
          })
          .error(),
    }),
    defineField({
      name: 'decorative',
      title: 'Decorative',
      type: 'boolean',
      description:
        'Only when the photo adds nothing the text does not already say: screen readers then skip it.',
      initialValue: false,
    }),
    defineField({
      name: 'caption',
      title: 'Caption',
      type: 'localeString',
      description: 'Shown under the photo.',
    }),
    defineField({
      name: 'credit',
      title: 'Credit',
      type: 'string',
      description: 'Who took the photo, e.g. "IOM Georgia / Name Surname". Shown under it.',
      validation: (rule) => rule.max(IMAGE_LIMITS.credit),
    }),
    defineField({
      name: 'rights',
      title: 'Rights',
      type: 'object',
      options: { collapsible: true, collapsed: false },
      validation: (rule) => rule.required(),
      fields: [
        choiceField(
          'consent',
          'People in the photo',
          studioOptions(IMAGE_CONSENTS, IMAGE_CONSENT_VALUES),
          {
            required: true,
            layout: 'radio',
            description:
              'Publish a photo of identifiable people only with their recorded consent (for children: their guardians’).',
          },
        ),
        defineField({
          name: 'licence',
          title: 'Licence or terms of use',
          type: 'string',
          description: 'e.g. "© IOM, all rights reserved" or "CC BY 4.0".',
          validation: (rule) => rule.required().max(IMAGE_LIMITS.credit),
        }),
        defineField({
          name: 'expires',
          title: 'Do not show after',
          type: 'date',
          description:
            'Optional: the last day the portal may show the photo (e.g. when a consent or licence ends). After it the photo disappears from the site.',
        }),
      ],
    }),
  ],
})

/** The photo that opens a page (the hero of a project, the head of a cluster or activity). */
export function mainImageField(group?: string) {
  return defineField({
    name: 'mainImage',
    title: 'Main photo',
    type: 'portalImage',
    group,
    description: 'Optional. Without one, the page opens with its title set in type.',
  })
}

/** More photos, shown together further down the page. */
export function galleryField(group?: string) {
  return defineField({
    name: 'gallery',
    title: 'Gallery',
    type: 'array',
    group,
    of: [defineArrayMember({ type: 'portalImage' })],
    options: { layout: 'grid' },
    validation: (rule) => rule.max(IMAGE_LIMITS.galleryImages),
  })
}

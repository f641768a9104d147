import { defineArrayMember, defineField, defineType } from 'sanity'
import { SOCIAL_PLATFORMS } from '../../../lib/content/site-settings-vocabulary'
import { studioLanguages } from '../../lib/locales'
import { localeField } from '../objects/localized'
import { choiceField, websiteField } from './shared-fields'

/** The one document's fixed id: the Studio opens it directly and offers no way to add another. */
export const SITE_SETTINGS_ID = 'siteSettings'

/**
 * A logo for one language. SVG is accepted: the site shows logos only through `<img>`, never
 * inlined, so a script in an SVG never runs in the page.
 */
const logoForLanguage = ({ id, title }: { id: string; title: string }) =>
  defineField({
    name: id,
    title: `Logo (${title})`,
    type: 'image',
    options: { accept: 'image/svg+xml,image/png,image/webp,image/jpeg' },
    fields: [
      defineField({
        name: 'alt',
        title: `Alternative text (${title})`,
        type: 'string',
        description: 'What the logo says, e.g. "IOM – UN Migration".',
        validation: (rule) => rule.required().max(120),
      }),
    ],
  })

/**
 * The portal's own identity, edited in the Studio: its name, logos, contact details, social links
 * and footer text. Without it (or with a broken one) the site shows the texts of
 * messages/*.json, which are also the seed's values.
 */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  fields: [
    localeField('name', 'Portal name', { required: true, short: true }),
    localeField('organization', 'Organisation', {
      required: true,
      description: 'Shown beside the logo and above the footer’s contact details.',
    }),
    defineField({
      name: 'logo',
      title: 'Logo',
      type: 'object',
      description:
        'One per language (the header switches with the language). Without one the header shows the text mark.',
      fields: studioLanguages.map(logoForLanguage),
    }),
    defineField({
      name: 'contact',
      title: 'Contact',
      type: 'object',
      fields: [
        defineField({ name: 'email', title: 'E-mail', type: 'email' }),
        defineField({
          name: 'phone',
          title: 'Telephone',
          type: 'string',
          validation: (rule) => rule.regex(/^\+?[\d ()-]{6,30}$/, { name: 'telephone number' }),
        }),
        localeField('address', 'Address'),
        websiteField(),
      ],
    }),
    defineField({
      name: 'socialLinks',
      title: 'Social links',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'socialLink',
          fields: [
            choiceField('platform', 'Platform', [...SOCIAL_PLATFORMS], { required: true }),
            defineField({
              name: 'url',
              title: 'Address',
              type: 'url',
              validation: (rule) => rule.required().uri({ scheme: ['https', 'http'] }),
            }),
          ],
          preview: { select: { title: 'platform', subtitle: 'url' } },
        }),
      ],
    }),
    localeField('footerText', 'Footer text', {
      type: 'localeText',
      description: 'Shown in the footer before the website link.',
    }),
  ],
  preview: { prepare: () => ({ title: 'Site settings' }) },
})

/**
 * Field-level localisation: every visitor-facing text is one object with one sub-field per language.
 *
 * Why field level rather than one document per language: the portal has exactly two fixed languages
 * that are always published together; slugs, order, dates, status and references are shared facts
 * that must not drift between translations; and editors see both texts side by side, so a missing
 * translation is visible (and reported by validation) in the very document they are editing.
 */
import { defineField, defineType, type Rule, type RuleDef, type ValidationBuilder } from 'sanity'
import { routing, type Locale } from '../../../lib/i18n/routing'
import { languageTitle, studioLanguages } from '../../lib/locales'
import { TEXT_LIMITS } from '../../../lib/content/limits'
import { isSafeHref } from '../../../lib/content/safe-url'
import { missingTranslationWarning } from '../../translation/field-warning'

function isFilled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().length > 0
  if (Array.isArray(value)) return value.length > 0
  return value !== undefined && value !== null
}

/** The languages of a localised value that are empty, in routing order. */
export function missingLanguages(value: unknown): Locale[] {
  const record = value && typeof value === 'object' ? value : {}
  return routing.locales.filter(
    (locale) => !isFilled(locale in record ? Reflect.get(record, locale) : undefined),
  )
}

/**
 * Use on a localised field that visitors always see: it must have text in at least one language.
 * A missing translation is a warning on the language's own input (see `translationWarning`), not
 * an error: the site shows the other language's text in its place, so publishing stays possible.
 */
export const requireAllLanguages: ValidationBuilder<Rule, unknown> = (rule) =>
  rule
    .custom((value) =>
      missingLanguages(value).length === routing.locales.length
        ? `Required: write it in ${routing.locales.map(languageTitle).join(' and ')}`
        : true,
    )
    .error()

/**
 * Use on a localised field whose texts must stay short (short titles, acronyms): the same limit
 * the data layer enforces when it reads them (lib/content/limits.ts).
 */
export const withinShortTitleLength: ValidationBuilder<Rule, unknown> = (rule) =>
  rule
    .custom((value) => {
      const texts = value && typeof value === 'object' ? Object.values(value) : []
      return texts.some((text) => typeof text === 'string' && text.length > TEXT_LIMITS.shortTitle)
        ? `Keep it to ${TEXT_LIMITS.shortTitle} characters or fewer`
        : true
    })
    .error()

// An optional localised field needs no rule of its own: it may stay empty, and a one-sided
// translation is the warning every language input carries.

/**
 * A localised field of one of the types below: `required` when visitors always see it, `short`
 * when its texts must stay within the short-title limit.
 */
export function localeField(
  name: string,
  title: string,
  options: {
    type?: 'localeString' | 'localeText' | 'localeBlockContent'
    required?: boolean
    short?: boolean
    description?: string
    group?: string
  } = {},
) {
  const { type = 'localeString', required, short, ...rest } = options
  const rules = [
    ...(required ? [requireAllLanguages] : []),
    ...(short ? [withinShortTitleLength] : []),
  ]
  return defineField({
    name,
    title,
    type,
    ...rest,
    ...(rules.length > 0 ? { validation: (rule: Rule) => rules.map((build) => build(rule)) } : {}),
  })
}

/** The `title` most types open with: a short text in every language. */
export const localeTitleField = (group?: string) =>
  localeField('title', 'Title', { required: true, group })

/** Every language input warns when its language is missing and another one has text. */
const translationWarning =
  (locale: Locale) =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any rule type (string, text, array)
  <R extends RuleDef<R, any>>(rule: R): R =>
    rule.custom(missingTranslationWarning(locale)).warning()

export const localeString = defineType({
  name: 'localeString',
  title: 'Localised string',
  type: 'object',
  options: { columns: 1 },
  fields: studioLanguages.map(({ id, title }) =>
    defineField({
      name: id,
      title,
      type: 'string',
      validation: (rule) => [rule.max(TEXT_LIMITS.title), translationWarning(id)(rule)],
    }),
  ),
})

export const localeText = defineType({
  name: 'localeText',
  title: 'Localised text',
  type: 'object',
  fields: studioLanguages.map(({ id, title }) =>
    defineField({
      name: id,
      title,
      type: 'text',
      rows: 4,
      validation: (rule) => [rule.max(TEXT_LIMITS.text), translationWarning(id)(rule)],
    }),
  ),
})

/** The characters and blocks of one language's rich text, within the data layer's limits. */
function richTextWithinLimits(blocks: unknown): true | string {
  if (!Array.isArray(blocks)) return true
  if (blocks.length > TEXT_LIMITS.richTextBlocks) {
    return `Keep it to ${TEXT_LIMITS.richTextBlocks} paragraphs, headings and list items or fewer`
  }
  let length = 0
  for (const block of blocks) {
    const children: unknown =
      block && typeof block === 'object' ? Reflect.get(block, 'children') : null
    if (!Array.isArray(children)) continue
    for (const child of children) {
      const text: unknown = child && typeof child === 'object' ? Reflect.get(child, 'text') : null
      if (typeof text === 'string') length += text.length
    }
  }
  return length > TEXT_LIMITS.richText
    ? `Keep it to ${TEXT_LIMITS.richText.toLocaleString('en')} characters or fewer`
    : true
}

const linkSchemes = ['http', 'https', 'mailto', 'tel']

/**
 * Rich text with paragraphs, two heading levels, lists, emphasis and links with safe schemes only,
 * and photos (`portalImage`, with their own alt texts, captions and rights) between paragraphs.
 */
const blockContent = {
  type: 'array' as const,
  of: [
    { type: 'portalImage' },
    {
      type: 'block',
      styles: [
        { title: 'Normal', value: 'normal' },
        { title: 'Heading', value: 'h3' },
        { title: 'Subheading', value: 'h4' },
      ],
      lists: [
        { title: 'Bullet', value: 'bullet' },
        { title: 'Numbered', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Strong', value: 'strong' },
          { title: 'Emphasis', value: 'em' },
        ],
        annotations: [
          {
            name: 'link',
            type: 'object',
            title: 'Link',
            fields: [
              {
                name: 'href',
                type: 'url',
                title: 'URL',
                validation: (rule: Rule) =>
                  rule
                    .required()
                    .uri({ scheme: linkSchemes, allowRelative: true })
                    .custom((href: unknown) =>
                      typeof href !== 'string' || isSafeHref(href)
                        ? true
                        : 'Only http(s), mailto and tel links are allowed',
                    )
                    .error(),
              },
            ],
          },
        ],
      },
    },
  ],
}

export const localeBlockContent = defineType({
  name: 'localeBlockContent',
  title: 'Localised rich text',
  type: 'object',
  fields: studioLanguages.map(({ id, title }) =>
    defineField({
      name: id,
      title,
      ...blockContent,
      validation: (rule) => [
        rule.custom(richTextWithinLimits).error(),
        translationWarning(id)(rule),
      ],
    }),
  ),
})

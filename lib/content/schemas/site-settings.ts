/**
 * The portal's identity from the `siteSettings` document. Every part is optional and validated on
 * its own: a broken logo or link costs that part only, and the site shows the texts of
 * messages/*.json wherever the settings say nothing (lib/site/settings.ts).
 */
import { z } from 'zod'
import type { Locale } from '@/lib/i18n/routing'
import { isSafeHref } from '../safe-url'
import { imageOrigin } from '../image-origin'
import { SOCIAL_PLATFORM_VALUES } from '../site-settings-vocabulary'
import { localizedFields, perLocale } from './primitives'

/** Parses `value` with `schema`, or null: one broken part never breaks the rest. */
function orNull<S extends z.ZodType>(schema: S) {
  return z
    .unknown()
    .optional()
    .transform((value) => {
      const parsed = schema.safeParse(value)
      return parsed.success ? parsed.data : null
    })
}

const httpUrl = z.url({ protocol: /^https?$/ }).max(500)

const logoSchema = z
  .object({
    alt: z.string().trim().min(1).max(120),
    asset: z.object({
      // Only where the portal serves images from (Sanity's image CDN, or its own /media/ route),
      // which the Content Security Policy allows.
      url: z.string().refine((url) => imageOrigin(url) !== null),
      mimeType: z.string().regex(/^image\//),
      width: z.number().positive(),
      height: z.number().positive(),
    }),
  })
  .transform((raw) => ({
    src: raw.asset.url,
    alt: raw.alt,
    width: Math.round(raw.asset.width),
    height: Math.round(raw.asset.height),
  }))
export type SiteLogo = z.output<typeof logoSchema>

const socialLinkSchema = z.object({
  platform: z.enum(SOCIAL_PLATFORM_VALUES),
  url: httpUrl.refine(isSafeHref),
})

export const siteSettingsSchema = perLocale((locale: Locale) => {
  const text = localizedFields(locale)
  return z
    .object({
      name: orNull(text.title.required),
      organization: orNull(text.title.required),
      // The logo of the page's language only: a Georgian logo is not shown on English pages.
      logo: orNull(z.object({ [locale]: logoSchema }).transform((logos) => logos[locale] ?? null)),
      contact: orNull(
        z.object({
          email: orNull(z.email().max(200)),
          phone: orNull(z.string().regex(/^\+?[\d ()-]{6,30}$/)),
          address: orNull(text.title.required),
          website: orNull(httpUrl),
        }),
      ),
      socialLinks: z
        .array(z.unknown())
        .nullish()
        .transform((links) =>
          (links ?? []).flatMap((link) => {
            const parsed = socialLinkSchema.safeParse(link)
            return parsed.success ? [parsed.data] : []
          }),
        ),
      footerText: orNull(text.text.required),
    })
    .transform((raw) => ({
      name: raw.name,
      organization: raw.organization,
      logo: raw.logo,
      contact: raw.contact ?? { email: null, phone: null, address: null, website: null },
      socialLinks: raw.socialLinks,
      footerText: raw.footerText,
    }))
})
export type SiteSettings = z.output<ReturnType<typeof siteSettingsSchema>>

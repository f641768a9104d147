import type { SiteSettings } from '@/lib/content/schemas'
import { messages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/routing'
import { IOM_GEORGIA_URL } from './contact'

/** The portal's identity as the page frame shows it, every part resolved for one language. */
export type SiteIdentity = {
  name: string
  organization: string
  logo: SiteSettings['logo']
  contact: SiteSettings['contact']
  socialLinks: SiteSettings['socialLinks']
  footerText: string
}

/**
 * The settings for one language, with the texts of messages/*.json wherever a part is missing or
 * broken (the logo then gives way to the text mark; the website link is IOM Georgia's).
 */
export function identityOf(settings: SiteSettings | null, locale: Locale): SiteIdentity {
  const text = messages[locale]
  const contact = settings?.contact ?? { email: null, phone: null, address: null, website: null }
  return {
    name: settings?.name?.value ?? text.Header.portal,
    organization: settings?.organization?.value ?? text.Header.organization,
    logo: settings?.logo ?? null,
    contact: { ...contact, website: contact.website ?? IOM_GEORGIA_URL },
    socialLinks: settings?.socialLinks ?? [],
    footerText: settings?.footerText?.value ?? text.Footer.contact,
  }
}

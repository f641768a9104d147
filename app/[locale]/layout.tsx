import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { draftMode } from 'next/headers'
import type { ReactNode } from 'react'
import { georgian } from '@/app/fonts'
import { ErrorStringsProvider } from '@/components/ErrorStrings'
import { SiteFooter } from '@/components/SiteFooter'
import { PreviewBanner } from '@/components/PreviewBanner'
import { SiteHeader } from '@/components/SiteHeader'
import { messages } from '@/lib/i18n/messages'
import { resolveLocale } from '@/lib/i18n/locale'
import { routing } from '@/lib/i18n/routing'
import { getSiteFacts } from '@/lib/site/facts'
import { siteIdentity } from '@/lib/site/settings'
import '../globals.css'

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: 'Metadata' })
  return {
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('defaultDescription'),
  }
}

export default async function LocaleLayout({
  children,
  params,
}: LayoutProps<'/[locale]'> & { children: ReactNode }) {
  const locale = await resolveLocale(params)
  const t = await getTranslations('Layout')
  const preview = (await draftMode()).isEnabled
  const [{ euFunded, lastUpdated }, identity] = await Promise.all([
    getSiteFacts(),
    siteIdentity(locale),
  ])
  return (
    <html lang={locale} className={georgian.variable}>
      <head>
        {/* When this HTML was rendered: shows whether a page came from the cache or was regenerated. */}
        <meta name="generated-at" content={new Date().toISOString()} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {preview && <PreviewBanner />}
        <SiteHeader euFunded={euFunded} identity={identity} />
        <main id="main" tabIndex={-1}>
          <ErrorStringsProvider strings={messages[locale].Error}>{children}</ErrorStringsProvider>
        </main>
        <SiteFooter euFunded={euFunded} lastUpdated={lastUpdated} identity={identity} />
      </body>
    </html>
  )
}

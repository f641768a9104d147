import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { draftMode } from 'next/headers'
import type { ReactNode } from 'react'
import { georgian } from '@/app/fonts'
import { SiteFooter } from '@/components/SiteFooter'
import { PreviewBanner } from '@/components/PreviewBanner'
import { SiteHeader } from '@/components/SiteHeader'
import { resolveLocale } from '@/lib/i18n/params'
import { routing } from '@/lib/i18n/routing'
import '../globals.css'
import '../styles/donor.css'

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
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}

import Link from 'next/link'
import { createTranslator } from 'next-intl'
import type { ReactNode } from 'react'
import { messages } from '@/lib/i18n/messages'
import { routing, type Locale } from '@/lib/i18n/routing'
import styles from './StudioSetupNotice.module.css'

const code = (chunks: ReactNode) => <code>{chunks}</code>

function Notice({ locale, guideHref }: { locale: Locale; guideHref: (locale: Locale) => string }) {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'StudioSetup' })
  return (
    <section lang={locale} className={styles.notice} aria-labelledby={`studio-setup-${locale}`}>
      <h1 id={`studio-setup-${locale}`}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>{t('askIt')}</p>
      <ol>
        <li>{t.rich('connect', { code })}</li>
        <li>{t('cors')}</li>
        <li>{t('invite')}</li>
      </ol>
      <p>{t('then')}</p>
      <p className={styles.links}>
        <Link href={guideHref(locale)}>{t('guide')}</Link>
        {/* The site's root sends visitors on to their language. */}
        <Link href="/">{t('back')}</Link>
      </p>
    </section>
  )
}

/**
 * What /studio shows when no Sanity project is configured: for whoever opens it, in Georgian and
 * English, in plain words, what to ask IT for, and the way back to the site.
 */
export function StudioSetupNotice({ guideHref }: { guideHref: (locale: Locale) => string }) {
  return (
    <main className={styles.page}>
      {routing.locales.map((locale) => (
        <Notice key={locale} locale={locale} guideHref={guideHref} />
      ))}
    </main>
  )
}

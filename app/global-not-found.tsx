import type { Metadata } from 'next'
import { georgian } from '@/app/fonts'
import { messages } from '@/lib/i18n/messages'
import { routing } from '@/lib/i18n/routing'
import './globals.css'

export const metadata: Metadata = {
  title: `${messages.ka.NotFound.title} · ${messages.en.NotFound.title}`,
}

/**
 * For URLs outside every route (e.g. /fr/…) the language is unknown, so this page speaks both,
 * each part marked with its own `lang`.
 */
export default function GlobalNotFound() {
  return (
    <html lang={routing.defaultLocale} className={georgian.variable}>
      <body>
        <main id="main" className="container prose">
          {routing.locales.map((locale) => (
            <section key={locale} lang={locale}>
              {locale === routing.defaultLocale ? (
                <h1>{messages[locale].NotFound.title}</h1>
              ) : (
                <h2>{messages[locale].NotFound.title}</h2>
              )}
              <p>{messages[locale].NotFound.description}</p>
              <p>
                <a href={`/${locale}`}>{messages[locale].NotFound.home}</a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  )
}

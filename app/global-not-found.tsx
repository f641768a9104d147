import type { Metadata } from 'next'
import { georgian } from '@/app/fonts'
import { EuEmblem } from '@/components/EuEmblem'
import { messages } from '@/lib/i18n/messages'
import { routing } from '@/lib/i18n/routing'
import { getSiteFacts } from '@/lib/site/facts'
import './globals.css'

export const metadata: Metadata = {
  title: `${messages.ka.NotFound.title} · ${messages.en.NotFound.title}`,
}

/**
 * For URLs outside every route (e.g. /fr/…) the language is unknown, so this page speaks both,
 * each part marked with its own `lang`, and carries the EU's statement and disclaimer like every
 * other page.
 */
export default async function GlobalNotFound() {
  const { euFunded } = await getSiteFacts()
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
        {euFunded && (
          <footer className="site-footer site-footer__eu">
            <div className="container">
              {routing.locales.map((locale) => (
                <div key={locale} lang={locale}>
                  <p className="eu-funding eu-funding--footer">
                    <EuEmblem
                      title={messages[locale].EuFunding.emblem}
                      className="eu-funding__emblem"
                    />
                    <span>{messages[locale].EuFunding.statement}</span>
                  </p>
                  <p className="site-footer__disclaimer">{messages[locale].Footer.disclaimer}</p>
                </div>
              ))}
            </div>
          </footer>
        )}
      </body>
    </html>
  )
}

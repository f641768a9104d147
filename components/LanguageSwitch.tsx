'use client'

import { usePathname } from 'next/navigation'
import { routing, type Locale } from '@/lib/i18n/routing'

type Props = { label: string; current: Locale; names: Record<Locale, string> }

/** The cookie next-intl's proxy reads to send `/` to the language chosen before (one year). */
function remember(locale: Locale) {
  document.cookie = `NEXT_LOCALE=${locale}; path=/; max-age=31536000; samesite=lax`
}

/**
 * Links to the same page in the other language. Plain links rendered on the server (they work
 * without JavaScript); with JavaScript, a click also remembers the choice for the next visit to /.
 */
export function LanguageSwitch({ label, current, names }: Props) {
  const pathname = usePathname()
  const rest = pathname.replace(/^\/[^/]+/, '')
  return (
    <nav aria-label={label} className="language-switch">
      <ul>
        {routing.locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale}>
                {names[locale]}
              </span>
            ) : (
              <a
                href={`/${locale}${rest}`}
                lang={locale}
                hrefLang={locale}
                onClick={() => remember(locale)}
              >
                {names[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}

'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import { Suspense } from 'react'
import { routing, type Locale } from '@/lib/i18n/routing'

type Props = { label: string; current: Locale; names: Record<Locale, string> }

/** The cookie next-intl's proxy reads to send `/` to the language chosen before (one year). */
function rememberLanguageChoice(locale: Locale) {
  document.cookie = `NEXT_LOCALE=${locale}; path=/; max-age=31536000; samesite=lax`
}

function Links({ current, names, search }: Omit<Props, 'label'> & { search: string }) {
  const rest = usePathname().replace(/^\/[^/]+/, '')
  return (
    <ul>
      {routing.locales.map((locale) => (
        <li key={locale}>
          {locale === current ? (
            <span aria-current="true" lang={locale}>
              {names[locale]}
            </span>
          ) : (
            <a
              href={`/${locale}${rest}${search}`}
              lang={locale}
              hrefLang={locale}
              onClick={() => rememberLanguageChoice(locale)}
            >
              {names[locale]}
            </a>
          )}
        </li>
      ))}
    </ul>
  )
}

function LinksWithQuery(props: Omit<Props, 'label'>) {
  const query = useSearchParams().toString()
  return <Links {...props} search={query ? `?${query}` : ''} />
}

/**
 * Links to the same page in the other language, with the same query (a filtered list stays
 * filtered). Pages rendered per request (filtered lists) have their query in the server HTML, so
 * the link keeps it without JavaScript; generated pages have no query to keep, and render the
 * plain link until the browser, if it runs scripts, fills in any query the URL carries.
 */
export function LanguageSwitch({ label, ...props }: Props) {
  return (
    <nav aria-label={label} className="language-switch">
      <Suspense fallback={<Links {...props} search="" />}>
        <LinksWithQuery {...props} />
      </Suspense>
    </nav>
  )
}

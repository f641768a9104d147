'use client'

import { useLocale, useTranslations } from 'next-intl'
import { Link, usePathname } from '@/lib/i18n/navigation'
import { routing } from '@/lib/i18n/routing'

/**
 * Links to the same page in the other language(s). Rendered on the server as plain links (works
 * without JavaScript); on click next-intl stores the choice in the NEXT_LOCALE cookie, which
 * decides where `/` sends the visitor next time.
 */
export function LanguageSwitch() {
  const t = useTranslations('LanguageSwitch')
  const locale = useLocale()
  const pathname = usePathname()
  return (
    <nav aria-label={t('label')} className="language-switch">
      <ul>
        {routing.locales.map((target) => (
          <li key={target}>
            {target === locale ? (
              <span aria-current="true" lang={target}>
                {t(target)}
              </span>
            ) : (
              <Link href={pathname} locale={target} lang={target} hrefLang={target}>
                {t(target)}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}

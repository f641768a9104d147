import { useLocale, useTranslations } from 'next-intl'
import { getPathname } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { NavLink } from './NavLink'

/**
 * The portal's sections as a list of links, the current page or section marked: the header's
 * menu (with the home page), the footer and the 404 page (without it: both already have their own
 * way home).
 */
export function SiteLinks({
  withHome = false,
  className,
}: {
  withHome?: boolean
  className?: string
}) {
  const t = useTranslations('Nav')
  const locale = useLocale()
  const href = (path: string) => getPathname({ href: path, locale })
  return (
    <ul className={className}>
      {withHome && (
        <li>
          <NavLink href={href(paths.home())} section={false}>
            {t('home')}
          </NavLink>
        </li>
      )}
      <li>
        <NavLink href={href(paths.projects())}>{t('projects')}</NavLink>
      </li>
      <li>
        <NavLink href={href(paths.allActivities())}>{t('activities')}</NavLink>
      </li>
      <li>
        <NavLink href={href(paths.updates())}>{t('updates')}</NavLink>
      </li>
    </ul>
  )
}

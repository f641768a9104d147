import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'

/**
 * The portal's sections as a list of links: the header's menu (with the home page), the footer
 * and the 404 page (without it: both already have their own way home).
 */
export function SiteLinks({
  withHome = false,
  className,
}: {
  withHome?: boolean
  className?: string
}) {
  const t = useTranslations('Nav')
  return (
    <ul className={className}>
      {withHome && (
        <li>
          <Link href={paths.home()}>{t('home')}</Link>
        </li>
      )}
      <li>
        <Link href={paths.projects()}>{t('projects')}</Link>
      </li>
      <li>
        <Link href={paths.allActivities()}>{t('activities')}</Link>
      </li>
    </ul>
  )
}

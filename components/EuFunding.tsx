import { useTranslations } from 'next-intl'
import { EuEmblem } from './EuEmblem'

/**
 * EU visibility: the emblem and the funding statement, always together in one element.
 * `className` sets where it stands (header, footer, a project's introduction).
 */
export function EuFunding({ className }: { className?: string }) {
  const t = useTranslations('EuFunding')
  return (
    <p className={className ? `eu-funding ${className}` : 'eu-funding'}>
      <EuEmblem title={t('emblem')} className="eu-funding__emblem" />
      <span className="eu-funding__statement">{t('statement')}</span>
    </p>
  )
}

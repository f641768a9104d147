import { useTranslations } from 'next-intl'
import { EuEmblem } from './EuEmblem'

/** EU visibility: the emblem and the funding statement always appear together. */
export function EuFunding() {
  const t = useTranslations('EuFunding')
  return (
    <p className="eu-funding">
      <EuEmblem title={t('emblem')} className="eu-funding__emblem" />
      <span className="eu-funding__statement">{t('statement')}</span>
    </p>
  )
}

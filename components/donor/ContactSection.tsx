import { useTranslations } from 'next-intl'
import type { Project } from '@/lib/content/schemas'
import { factNumbers, type SourceIndex } from '@/lib/content/facts'
import { LocalizedText } from '../LocalizedText'
import { FactRow } from './FactRow'
import { NotRecorded } from './NotRecorded'

/** Whom to write to about the project; what is not recorded says so. */
export function ContactSection({ project, sources }: { project: Project; sources: SourceIndex }) {
  const t = useTranslations('Contact')
  const contact = project.contact
  const cited = factNumbers(sources, project.citations, 'contact')
  return (
    <section aria-labelledby="contact" className="section contact prose">
      <h2 id="contact">{t('heading')}</h2>
      {!contact ? (
        <p>{t('none')}</p>
      ) : (
        <dl className="summary-list">
          <FactRow label={t('office')} sources={cited}>
            <LocalizedText value={contact.name} />
          </FactRow>
          <FactRow label={t('website')}>
            {contact.website ? <a href={contact.website}>{contact.website}</a> : <NotRecorded />}
          </FactRow>
          <FactRow label={t('email')}>
            {contact.email ? (
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            ) : (
              <NotRecorded />
            )}
          </FactRow>
          <FactRow label={t('telephone')}>
            {contact.telephone ? (
              <a href={`tel:${contact.telephone.replace(/[^\d+]/g, '')}`}>{contact.telephone}</a>
            ) : (
              <NotRecorded />
            )}
          </FactRow>
          <FactRow label={t('address')}>
            {contact.address ? <LocalizedText value={contact.address} /> : <NotRecorded />}
          </FactRow>
        </dl>
      )}
    </section>
  )
}

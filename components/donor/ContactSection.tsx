import { useTranslations } from 'next-intl'
import type { Project } from '@/lib/content/schemas'
import { factNumbers, type SourceIndex } from '@/lib/content/facts'
import { LocalizedText } from '../LocalizedText'
import { FactRow } from './FactRow'

/** Whom to write to about the project: the ways recorded, nothing where none is. */
export function ContactSection({ project, sources }: { project: Project; sources: SourceIndex }) {
  const t = useTranslations('Contact')
  const contact = project.contact
  if (!contact) return null
  const cited = factNumbers(sources, project.citations, 'contact')
  return (
    <section aria-labelledby="contact" className="section contact prose">
      <h2 id="contact">{t('heading')}</h2>
      <dl className="summary-list">
        <FactRow label={t('office')} sources={cited} listedAt={sources.listedAt}>
          <LocalizedText value={contact.name} />
        </FactRow>
        {contact.website && (
          <FactRow label={t('website')}>
            <a href={contact.website}>{contact.website}</a>
          </FactRow>
        )}
        {contact.email && (
          <FactRow label={t('email')}>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </FactRow>
        )}
        {contact.telephone && (
          <FactRow label={t('telephone')}>
            <a href={`tel:${contact.telephone.replace(/[^\d+]/g, '')}`}>{contact.telephone}</a>
          </FactRow>
        )}
        {contact.address && (
          <FactRow label={t('address')}>
            <LocalizedText value={contact.address} />
          </FactRow>
        )}
      </dl>
    </section>
  )
}

import { useLocale, useTranslations } from 'next-intl'
import type { ProjectDocumentFile } from '@/lib/content/schemas'
import { PartialDate } from '../PartialDate'

/** "PDF" for application/pdf, "DOCX" for the Word format, else the MIME subtype. */
function formatOf(mimeType: string): string {
  const subtype = mimeType.split('/')[1] ?? mimeType
  if (subtype.includes('wordprocessingml')) return 'DOCX'
  if (subtype.includes('spreadsheetml')) return 'XLSX'
  return subtype.toUpperCase()
}

/** The documents of the project or an activity; nothing where there are none. */
export function DocumentsSection({ documents }: { documents: ProjectDocumentFile[] }) {
  const t = useTranslations('Documents')
  const tCategory = useTranslations('DocumentCategory')
  const tLanguage = useTranslations('DocumentLanguage')
  const locale = useLocale()
  if (documents.length === 0) return null
  return (
    <section aria-labelledby="documents" className="section documents prose">
      <h2 id="documents">{t('heading')}</h2>
      <ul className="documents__list">
        {documents.map((document) => (
          <li key={document.key}>
            <a
              href={document.url}
              hrefLang={document.language}
              type={document.mimeType}
              lang={document.title.lang === locale ? undefined : document.title.lang}
            >
              {document.title.value}
            </a>{' '}
            <span className="documents__meta">
              ({t('file', { format: formatOf(document.mimeType) })} · {tLanguage(document.language)}{' '}
              · <PartialDate value={document.date} /> · {tCategory(document.category)})
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Documents: the files of the project or activity, and the portal's own pages (category A12). */
import type { Localized, ProjectDocumentFile } from '@/lib/content/schemas'
import type { Locale } from '@/lib/i18n/routing'
import type { IatiContext } from './context'
import { narratives } from './narratives'
import { el, type XmlElement } from './xml'

function documentLink(
  url: string,
  format: string,
  titles: (Localized<string> | null)[],
  category: string,
  language: string,
  date: string | null,
): XmlElement {
  return el(
    'document-link',
    { url, format },
    { requires: ['url', 'format'] },
    el('title', {}, { required: true }, ...narratives(titles)),
    el('category', { code: category }, { requires: ['code'] }),
    el('language', { code: language }, { requires: ['code'] }),
    el('document-date', { 'iso-date': date }, { requires: ['iso-date'] }),
  )
}

export function documentLinks(versions: ProjectDocumentFile[][]): XmlElement[] {
  const [primary = []] = versions
  return primary.map((document) => {
    const all = versions.map((list) => list.find((item) => item.key === document.key) ?? document)
    return documentLink(
      document.url,
      document.mimeType,
      all.map((item) => item.title),
      document.category,
      document.language,
      document.date,
    )
  })
}

/** The portal page of the project or activity in each language: IATI's "activity web page". */
export function portalPages(
  context: IatiContext,
  path: string,
  titleIn: (locale: Locale) => Localized<string> | null,
): XmlElement[] {
  return context.input.languages.map(({ locale }) =>
    documentLink(
      context.input.pageUrl(path, locale),
      'text/html',
      [titleIn(locale)],
      'A12',
      locale,
      null,
    ),
  )
}

import type { Metadata } from 'next'
import Link from 'next/link'
import { hasLocale } from 'next-intl'
import { notFound } from 'next/navigation'
import { georgian } from '@/app/fonts'
import { Markdown } from '@/components/Markdown'
import { loadEditorsGuide } from '@/lib/editors-guide'
import { messages } from '@/lib/i18n/messages'
import { fallbackLocaleFor, routing } from '@/lib/i18n/routing'
import { editorsGuidePath } from '@/sanity/lib/editors-guide'
import styles from './guide.module.css'

type Props = PageProps<'/studio/editors-guide/[lang]'>

export const dynamicParams = false

export function generateStaticParams() {
  return routing.locales.map((lang) => ({ lang }))
}

async function localeOf(params: Props['params']) {
  const { lang } = await params
  if (!hasLocale(routing.locales, lang)) notFound()
  return lang
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { title } = await loadEditorsGuide(await localeOf(params))
  return { title, robots: { index: false, follow: false } }
}

/** The editors' guide (docs/editors-guide.<lang>.md), linked from the Studio's Guide tool. */
export default async function EditorsGuidePage({ params }: Props) {
  const locale = await localeOf(params)
  const other = fallbackLocaleFor(locale)
  const { title, body } = await loadEditorsGuide(locale)
  return (
    <div className={`${georgian.variable} ${styles.page}`}>
      <article lang={locale} className={styles.guide}>
        <nav className={styles.nav}>
          <Link href="/studio">{messages[locale].EditorsGuide.openStudio}</Link>
          <Link href={editorsGuidePath(other)} lang={other} hrefLang={other}>
            {messages[other].LanguageSwitch[other]}
          </Link>
        </nav>
        <h1>{title}</h1>
        <Markdown blocks={body} />
      </article>
    </div>
  )
}

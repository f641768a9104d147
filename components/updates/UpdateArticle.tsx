import { useTranslations } from 'next-intl'
import { buildSourceIndex } from '@/lib/content/facts'
import type { Update } from '@/lib/content/schemas'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { LocalizedText } from '../LocalizedText'
import { HeroImage } from '../media/ContentImage'
import { PAGE_PHOTO_FRAME } from '../media/frames'
import { RichText } from '../RichText'
import { SourcesSection } from '../donor/SourcesSection'

/**
 * An update's text: its photo, summary, body, the project and activities it is about (links), its
 * sources.
 */
export function UpdateArticle({ update }: { update: Update }) {
  const t = useTranslations('Updates')
  const { namedProject, namedActivities } = update
  return (
    <div className="narrow">
      {update.mainImage && <HeroImage image={update.mainImage} frame={PAGE_PHOTO_FRAME} />}
      <LocalizedText as="p" className="lead" value={update.summary} />
      <RichText value={update.body} className="prose" />
      {(namedProject || namedActivities.length > 0) && (
        <section aria-labelledby="update-about" className="update__about">
          <h2 id="update-about">{t('about')}</h2>
          <ul className="link-list">
            {namedProject && (
              <li>
                {t('project')}:{' '}
                <Link href={paths.project(namedProject.slug)}>
                  <LocalizedText value={namedProject.title} />
                </Link>
              </li>
            )}
            {namedActivities.map((activity) => (
              <li key={activity.id}>
                <Link href={paths.activity(activity.project, activity.slug)}>
                  <LocalizedText value={activity.title} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {/* Numbered notes, as on every public page; the quotes and access dates are on the
          project's "About this data". */}
      <SourcesSection
        index={buildSourceIndex([{ label: t('title'), sources: update.sources }])}
        aboutData={namedProject ? paths.aboutData(namedProject.slug) : undefined}
      />
    </div>
  )
}

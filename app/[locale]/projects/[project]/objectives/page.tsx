import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ProjectBreadcrumbs } from '@/components/Breadcrumbs'
import { LocalizedText } from '@/components/LocalizedText'
import { RichText } from '@/components/RichText'
import { projectParams } from '@/lib/content/static-params'
import { paths } from '@/lib/paths'
import { pageMetadata } from '@/lib/metadata'
import { loadProject } from '../load-project'

type Props = PageProps<'/[locale]/projects/[project]/objectives'>

export const revalidate = 3600
export const generateStaticParams = projectParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, project } = await loadProject(params, paths.objectives)
  const t = await getTranslations({ locale, namespace: 'Objectives' })
  return pageMetadata({
    locale,
    path: paths.objectives(project.slug),
    title: `${t('title')} · ${project.shortTitle.value}`,
    description: t('metaDescription', { project: project.title.value }),
  })
}

export default async function ObjectivesPage({ params }: Props) {
  const { project } = await loadProject(params, paths.objectives)
  const t = await getTranslations('Objectives')
  const tProject = await getTranslations('Project')
  return (
    <article className="container">
      <ProjectBreadcrumbs project={project} items={[]} current={t('title')} />
      <header className="page-header">
        <h1>{t('title')}</h1>
        <LocalizedText as="p" className="page-header__byline" value={project.title} />
      </header>
      <div className="prose">
        <section aria-labelledby="general-objective">
          <h2 id="general-objective">{tProject('generalObjective')}</h2>
          <LocalizedText as="p" className="lead" value={project.generalObjective} />
        </section>
        <section aria-labelledby="specific-objectives">
          <h2 id="specific-objectives">{tProject('specificObjectives')}</h2>
          <ol className="objectives">
            {project.objectives.map((objective) => (
              <li key={objective.id} id={objective.slug}>
                <LocalizedText as="h3" value={objective.title} />
                <RichText value={objective.description} />
              </li>
            ))}
          </ol>
        </section>
      </div>
    </article>
  )
}

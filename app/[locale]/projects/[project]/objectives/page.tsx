import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ProjectBreadcrumbs } from '@/components/Breadcrumbs'
import { ObjectiveResults } from '@/components/donor/ObjectiveResults'
import { LocalizedText } from '@/components/LocalizedText'
import { PageHeader } from '@/components/PageHeader'
import { RichText } from '@/components/RichText'
import { staticParams } from '@/lib/content'
import { paths, socialImagePaths } from '@/lib/paths'
import { pageMetadata } from '@/lib/metadata'
import { loadProject } from '../load-project'

type Props = PageProps<'/[locale]/projects/[project]/objectives'>

export const revalidate = 3600
export const generateStaticParams = staticParams.project

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, project } = await loadProject(params, paths.objectives)
  const t = await getTranslations({ locale, namespace: 'Objectives' })
  return pageMetadata({
    locale,
    path: paths.objectives(project.slug),
    title: `${t('title')} · ${project.shortTitle.value}`,
    description: t('metaDescription', { project: project.title.value }),
    image: { path: socialImagePaths.project(project.slug), title: project.title.value },
  })
}

export default async function ObjectivesPage({ params }: Props) {
  const { project } = await loadProject(params, paths.objectives)
  const t = await getTranslations('Objectives')
  const tProject = await getTranslations('Project')
  return (
    <article className="container">
      <ProjectBreadcrumbs project={project} items={[]} current={t('title')} />
      <PageHeader title={t('title')} byline={<LocalizedText value={project.title} />} />
      {project.generalObjective && (
        <section aria-labelledby="general-objective">
          <h2 id="general-objective">{tProject('generalObjective')}</h2>
          <LocalizedText
            as="p"
            className="objective-general lead"
            value={project.generalObjective}
          />
        </section>
      )}
      <section aria-labelledby="specific-objectives" className="section">
        <h2 id="specific-objectives">{tProject('specificObjectives')}</h2>
        <p>{tProject('specificObjectivesIntro')}</p>
        <ol className="numbered-cards numbered-cards--stacked">
          {project.objectives.map((objective, index) => (
            <li key={objective.id} id={objective.slug} className="card">
              <span className="number-badge" aria-hidden="true">
                {index + 1}
              </span>
              <div className="objective-text">
                <LocalizedText as="h3" value={objective.title} />
                <RichText className="prose" value={objective.description} />
              </div>
            </li>
          ))}
        </ol>
      </section>
      <ObjectiveResults project={project} />
    </article>
  )
}

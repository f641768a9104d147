import { screen } from '@testing-library/react'
import { ActivityList } from '@/components/ActivityList'
import { ClusterList } from '@/components/ClusterList'
import { EuFunding } from '@/components/EuFunding'
import { renderIn } from '../support/render'
import { embeddedRepository } from '../support/repository'

const repo = embeddedRepository()
const SLUG = 'secure-borders-safe-migration'

describe.each([
  [
    'ka',
    'თემატური ჯგუფი 2',
    '9 საქმიანობა',
    'დაფინანსებულია ევროკავშირის მიერ',
    'ევროკავშირის დროშა',
  ],
  [
    'en',
    'Thematic cluster 2',
    '9 activities',
    'Funded by the European Union',
    'Flag of the European Union',
  ],
] as const)('site components (%s)', (locale, clusterLabel, count, statement, emblem) => {
  it('lists the four clusters with labels, links, counts and their activities', async () => {
    const project = (await repo.getProject(locale, SLUG))!
    const { container } = renderIn(
      locale,
      <ClusterList projectSlug={SLUG} clusters={project.clusters} />,
    )
    expect(container.querySelectorAll('.cluster-list__item')).toHaveLength(4)
    expect(container.querySelectorAll('.activity-list li')).toHaveLength(24)
    expect(screen.getByText(clusterLabel)).toBeInTheDocument()
    expect(screen.getByText(count)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: project.clusters[3]!.title.value })).toHaveAttribute(
      'href',
      `/${locale}/projects/${SLUG}/clusters/migration-data-management`,
    )
  })

  it('lists a cluster’s activities in order with links', async () => {
    const cluster = (await repo.getCluster(locale, SLUG, 'reintegration-of-returning-migrants'))!
    renderIn(locale, <ActivityList projectSlug={SLUG} activities={cluster.activities} />)
    const links = screen.getAllByRole('link')
    expect(links).toHaveLength(3)
    expect(links[1]).toHaveAttribute(
      'href',
      `/${locale}/projects/${SLUG}/activities/support-to-mobility-centre`,
    )
  })

  it('shows the EU emblem together with the funding statement', () => {
    renderIn(locale, <EuFunding />)
    const paragraph = screen.getByText(statement).closest('p')!
    expect(paragraph).toContainElement(screen.getByRole('img', { name: emblem }))
  })
})

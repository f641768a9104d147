import { useTranslations } from 'next-intl'
import { Fragment, type ReactNode } from 'react'
import type { Period as PeriodValue } from '@/lib/content/facts'
import type { Money as MoneyValue, Organization } from '@/lib/content/schemas'
import type { Status } from '@/lib/content/vocabulary'
import { Money } from '../donor/Money'
import { OrganizationName } from '../OrganizationName'
import { Period } from '../Period'

type Props = {
  period: PeriodValue
  status: Status
  budget?: MoneyValue | null
  euContribution?: MoneyValue | null
  /** Who funds the project (its donors) and who carries it out (its implementers). */
  funders?: Organization[]
  implementers?: Organization[]
}

/**
 * A project's key facts, first thing on its overview: when, how far along, how much, and who
 * funds and who carries it out. What it achieved follows the hero; how it is organised
 * (objectives, clusters, activities) follows that. A fact the data does not hold is left out
 * ("About this data" names what is missing), and the hero carries no citation marks: the sources
 * are on that page.
 */
export function KeyFigures({
  period,
  status,
  budget = null,
  euContribution = null,
  funders = [],
  implementers = [],
}: Props) {
  const t = useTranslations('KeyFigures')
  const tStatus = useTranslations('Status')
  const tLayout = useTranslations('Layout')
  const money = (label: string, value: MoneyValue | null) =>
    value ? [{ label, value: <Money value={value} /> }] : []
  const organizations = (label: string, list: Organization[]) =>
    list.length > 0 ? [{ label, value: <Organizations list={list} />, wide: true }] : []
  const figures: { label: string; value: ReactNode; wide?: boolean }[] = [
    { label: t('period'), value: <Period period={period} /> },
    { label: t('status'), value: tStatus(status) },
    ...money(t('budget'), budget),
    ...money(t('euContribution'), euContribution),
    ...organizations(t('funder'), funders),
    ...organizations(tLayout('implementedBy'), implementers),
  ]
  return (
    <section aria-labelledby="key-figures" className="key-figures">
      <h2 id="key-figures" className="visually-hidden">
        {t('heading')}
      </h2>
      <dl className="key-figures__list">
        {figures.map((figure) => (
          <div key={figure.label} className={figure.wide ? 'figure figure--wide' : 'figure'}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

function Organizations({ list }: { list: Organization[] }) {
  return list.map((organization, index) => (
    <Fragment key={organization.id}>
      {index > 0 && ', '}
      <OrganizationName organization={organization} />
    </Fragment>
  ))
}

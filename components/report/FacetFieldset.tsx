import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import type { Facet } from '@/lib/reporting/view-model'
import { LocalizedText } from '../LocalizedText'
import { OrganizationName } from '../OrganizationName'
import { ClusterLabel, StatusLabel } from './labels'

/** One group of filter checkboxes, each with how many activities it would give. */
export function FacetFieldset({ facet }: { facet: Facet }) {
  const t = useTranslations('Report')
  const legend = {
    project: t('project'),
    cluster: t('cluster'),
    status: t('status'),
    organization: t('organization'),
  }[facet.kind]
  const choices: { value: string; label: ReactNode; count: number; selected: boolean }[] =
    facet.kind === 'project'
      ? facet.options.map((o) => ({ ...o, label: <LocalizedText value={o.item.shortTitle} /> }))
      : facet.kind === 'cluster'
        ? facet.options.map((o) => ({ ...o, label: <ClusterLabel cluster={o.item} /> }))
        : facet.kind === 'status'
          ? facet.options.map((o) => ({ ...o, label: <StatusLabel status={o.item} /> }))
          : facet.options.map((o) => ({ ...o, label: <OrganizationName organization={o.item} /> }))
  return (
    <fieldset className="filters__group">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="filters__option">
          <input
            type="checkbox"
            name={facet.param}
            value={choice.value}
            defaultChecked={choice.selected}
          />
          <span>
            {choice.label} <span className="filters__count">({choice.count})</span>
          </span>
        </label>
      ))}
      {facet.hidden > 0 && (
        <p className="filters__more">
          {t('moreChoices', { shown: choices.length, count: facet.hidden })}
        </p>
      )}
    </fieldset>
  )
}

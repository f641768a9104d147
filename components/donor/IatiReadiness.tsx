import { useLocale, useTranslations } from 'next-intl'
import type { IatiReport } from '@/lib/reporting/iati'
import { readinessGroups, type ReadinessItem } from '@/lib/reporting/iati/readiness'
import ruleTexts from '@/messages/en.json'

type Readiness = Pick<IatiReport, 'gaps' | 'rules' | 'publishable' | 'identifier'>

/** The rules the portal has a translation for (both message files hold the same keys). */
const isTranslatedRule = (key: string): key is keyof typeof ruleTexts.IatiRule =>
  Object.hasOwn(ruleTexts.IatiRule, key)

/**
 * Whether the project's IATI file could be published today, and if not, why (on the project's
 * "About this data" page, under its heading; the activity lists only link to the file): the gaps in the
 * data (a provisional identifier, inherited statuses and dates…) and the rules of IATI's Standard
 * ruleset the file fails. The rules' messages are IATI's English, translated where the portal has
 * a translation.
 */
export function IatiReadiness({ report }: { report: Readiness }) {
  const t = useTranslations('Iati')
  const tRule = useTranslations('IatiRule')
  const locale = useLocale()
  const ruleLine = (rule: Readiness['rules'][number]) => {
    const key = `r${rule.id.replaceAll('.', '_')}`
    const translated = isTranslatedRule(key) ? tRule(key) : null
    return (
      <li key={`${rule.id}:${rule.message}`}>
        {t('rule', { id: rule.id, severity: t(rule.severity), count: rule.cases })}{' '}
        {translated && locale !== 'en' ? translated : <span lang="en">{rule.message}</span>}
      </li>
    )
  }
  const line = (item: ReadinessItem) =>
    item.kind === 'rule' ? (
      ruleLine(item.rule)
    ) : (
      <li key={`${item.gap.code}:${JSON.stringify(item.gap.values)}`}>
        {t(item.gap.code, item.gap.values)}
      </li>
    )
  const groups = readinessGroups(report)
  const blocking = groups.blocking.map(line)
  const incomplete = groups.incomplete.map(line)
  return (
    <div className="iati-readiness">
      {blocking.length ? (
        <>
          <p>{t('notPublishable')}</p>
          <ul>{blocking}</ul>
        </>
      ) : (
        <p>{t('publishable')}</p>
      )}
      {incomplete.length > 0 && (
        <>
          <p>{t('alsoIncomplete')}</p>
          <ul>{incomplete}</ul>
        </>
      )}
      <p>
        {t('identifier', { identifier: report.identifier.value })}
        {report.identifier.provisional && ` (${t('provisional')})`}
      </p>
    </div>
  )
}

import { createTranslator } from 'next-intl'
import { NextResponse } from 'next/server'
import { messages } from '@/lib/i18n/messages'
import { routing, type Locale } from '@/lib/i18n/routing'
import { methodsNotAllowed } from '@/lib/method-not-allowed'
import type { IatiReport } from '@/lib/reporting/iati'
import { loadIati } from '@/lib/reporting/iati/load'
import { readinessGroups, type ReadinessItem } from '@/lib/reporting/iati/readiness'

/** The rules the portal has a translation for (both message files hold the same keys). */
const isTranslatedRule = (key: string): key is keyof typeof messages.en.IatiRule =>
  Object.hasOwn(messages.en.IatiRule, key)

/** The report's lines in one language, as "About this data" words them. */
function readinessText(report: IatiReport, locale: Locale) {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Iati' })
  const tRule = createTranslator({ locale, messages: messages[locale], namespace: 'IatiRule' })
  const line = (item: ReadinessItem) => {
    if (item.kind === 'gap') return t(item.gap.code, item.gap.values)
    const { rule } = item
    const key = `r${rule.id.replaceAll('.', '_')}`
    const text = isTranslatedRule(key) ? tRule(key) : rule.message
    return `${t('rule', { id: rule.id, severity: t(rule.severity), count: rule.cases })} ${text}`
  }
  const groups = readinessGroups(report)
  return {
    verdict: report.publishable ? t('publishable') : t('notPublishable'),
    blocking: groups.blocking.map(line),
    incompleteHeading: t('alsoIncomplete'),
    incomplete: groups.incomplete.map(line),
    identifier: `${t('identifier', { identifier: report.identifier.value })}${report.identifier.provisional ? ` (${t('provisional')})` : ''}`,
  }
}

/**
 * A project's IATI readiness in every portal language, for the Studio's "IATI readiness" pane
 * (sanity/iati-readiness-pane.tsx): the same lists as "About this data", from the same cached
 * report of the published content.
 */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/api/iati/[project]/readiness'>,
) {
  const { project } = await params
  const report = await loadIati(project)
  if (!report) return NextResponse.json({ error: 'no such project' }, { status: 404 })
  const languages = Object.fromEntries(
    routing.locales.map((locale) => [locale, readinessText(report, locale)]),
  )
  return NextResponse.json(
    { publishable: report.publishable, languages },
    { headers: { 'cache-control': 'no-store' } },
  )
}

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed('/api/iati/[project]/readiness')

import { useTranslations } from 'next-intl'
import { hasOwnDates, activityStatus, projectPeriod, projectStatus } from '@/lib/content/facts'
import type { ReportRow } from '@/lib/reporting/activities'
import { Period } from '../Period'

/**
 * Said once above the list, not at every row: rows without a status or dates of their own show
 * their project's (the same values the activity's page and the CSV give, lib/content/facts.ts).
 * With one project among those rows, the note names its status and period.
 */
export function InheritedNote({ rows }: { rows: ReportRow[] }) {
  const t = useTranslations('Report')
  const tStatus = useTranslations('Status')
  const inheriting = rows.filter((row) => activityStatus(row).inherited || !hasOwnDates(row))
  const [first] = inheriting
  if (!first) return null
  const oneProject = inheriting.every((row) => row.project.slug === first.project.slug)
  return (
    <p className="report__note">
      {oneProject
        ? t.rich('inheritedOne', {
            status: tStatus(projectStatus(first.project).status),
            period: () => <Period period={projectPeriod(first.project)} />,
          })
        : t('inheritedMany')}
    </p>
  )
}

import type { Localized, Project, ReportingActivity } from '@/lib/content/schemas'
import { ORGANIZATION_ROLES, STATUSES } from '@/lib/content/vocabulary'
import type { Locale } from '@/lib/i18n/routing'

/** The same project (and its activities) in every portal language. */
export type IatiInput = {
  languages: { locale: Locale; project: Project; activities: ReportingActivity[] }[]
  generatedAt: Date
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const attrs = (values: Record<string, string | undefined>) =>
  Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('')

/** One `<narrative>` per language; a fallback text is labelled with the language it is really in. */
function narratives(texts: ({ lang: Locale; value: string } | null)[], indent: string): string {
  const seen = new Set<string>()
  return texts
    .filter((text): text is { lang: Locale; value: string } => {
      if (!text) return false
      const key = `${text.lang}:${text.value}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .map((text) => `${indent}<narrative xml:lang="${text.lang}">${escape(text.value)}</narrative>`)
    .join('\n')
}

const note = (indent: string, text: string) => `${indent}<!-- ${text.replace(/--/g, '—')} -->`

/** A full date for IATI; a month-only date ("2017-06") has none, and is left out rather than guessed. */
const fullDate = (value: string | null) => (value && value.length === 10 ? value : null)

/**
 * The project as an IATI activity file (standard 2.03): the project is the parent activity
 * (hierarchy 1) and each activity a child (hierarchy 2), linked both ways with related-activity.
 * Only what the CMS holds is exported; where IATI needs a value the data lacks, the file leaves it
 * out if the standard allows, and otherwise says so in a comment and an empty value, never a guess.
 */
export function projectToIati({ languages, generatedAt }: IatiInput): string {
  const [primary] = languages
  if (!primary) throw new Error('IATI export needs at least one language')
  const project = primary.project
  const projectIn = languages.map((language) => language.project)
  const lastUpdated = generatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z')

  const implementer = project.organizations.find(
    (entry) => entry.role === 'implementer',
  )?.organization
  const parentId = project.iatiIdentifier ?? ''
  const childId = (activity: ReportingActivity) => (parentId ? `${parentId}-${activity.slug}` : '')
  const missingId = parentId
    ? null
    : 'No IATI activity identifier is recorded for this project (Studio: Project → Donor reporting); identifiers are left empty.'
  const status = (value: Project['status']) =>
    value
      ? { code: STATUSES[value].iatiCode, note: null }
      : { code: '', note: 'Activity status is not recorded in the portal.' }

  function reportingOrg(indent: string) {
    if (!implementer)
      return [
        note(indent, 'No implementing organisation is recorded.'),
        `${indent}<reporting-org ref="" type="">`,
        `${indent}</reporting-org>`,
      ].join('\n')
    const names = languages.map(
      ({ project: p }) => p.organizations.find((e) => e.role === 'implementer')!.organization.name,
    )
    return [
      `${indent}<reporting-org${attrs({ ref: implementer.iatiIdentifier ?? '', type: implementer.type })}>`,
      narratives(names, `${indent}  `),
      `${indent}</reporting-org>`,
    ].join('\n')
  }

  function participatingOrgs(indent: string, organizations: Project['organizations']) {
    return organizations
      .map(({ role, organization }) => {
        const iatiRole = ORGANIZATION_ROLES[role].iatiCode
        if (!iatiRole) return null
        const names = languages.map(
          ({ project: p }) =>
            p.organizations.find((e) => e.organization.id === organization.id)?.organization.name ??
            organization.name,
        )
        return [
          `${indent}<participating-org${attrs({ ref: organization.iatiIdentifier ?? undefined, type: organization.type, role: iatiRole })}>`,
          narratives(names, `${indent}  `),
          `${indent}</participating-org>`,
        ].join('\n')
      })
      .filter((line): line is string => line !== null)
      .join('\n')
  }

  const start = project.startDate
  const country = project.country
    ? `    <recipient-country code="${escape(project.country)}" percentage="100"/>`
    : note('    ', 'No recipient country is recorded.')
  /** A description element, left out when no language has the text. */
  const description = (type: string, texts: (Localized<string> | null)[]) =>
    texts.some(Boolean)
      ? [
          `    <description type="${type}">`,
          narratives(texts, '      '),
          '    </description>',
        ].join('\n')
      : null
  const end = fullDate(project.actualEnd)
  const plannedEnd = project.plannedEnd

  const parentLines = [
    `  <iati-activity${attrs({ 'last-updated-datetime': lastUpdated, 'xml:lang': primary.locale, hierarchy: '1' })}>`,
    missingId ? note('    ', missingId) : null,
    `    <iati-identifier>${escape(parentId)}</iati-identifier>`,
    reportingOrg('    '),
    '    <title>',
    narratives(
      projectIn.map((p) => p.title),
      '      ',
    ),
    '    </title>',
    description(
      '1',
      projectIn.map((p) => p.summary),
    ),
    description(
      '2',
      projectIn.map((p) => p.generalObjective),
    ),
    participatingOrgs('    ', project.organizations),
    status(project.status).note ? note('    ', status(project.status).note ?? '') : null,
    `    <activity-status code="${status(project.status).code}"/>`,
    `    <activity-date type="2" iso-date="${start}"/>`,
    end ? `    <activity-date type="4" iso-date="${end}"/>` : null,
    fullDate(plannedEnd)
      ? `    <activity-date type="3" iso-date="${plannedEnd}"/>`
      : plannedEnd
        ? note(
            '    ',
            `Planned end known to the month only (${plannedEnd}); not exported as a date.`,
          )
        : null,
    country,
    ...project.sectorCodes.map((code) => `    <sector vocabulary="1" code="${escape(code)}"/>`),
    ...primary.activities.map(
      (activity) => `    <related-activity ref="${escape(childId(activity))}" type="2"/>`,
    ),
    '  </iati-activity>',
  ]

  const children = primary.activities.map((activity) => {
    const versions = languages.map(
      ({ activities }) => activities.find((a) => a.id === activity.id) ?? activity,
    )
    const clusterLine = versions.map((v) => ({
      lang: v.cluster.title.lang,
      value: `${v.cluster.order}. ${v.cluster.title.value}`,
    }))
    // The organisations an activity serves have no IATI participating-org role; they are its
    // target groups (description type 3).
    const targetGroups = activity.organizations.length
      ? [
          '    <description type="3">',
          narratives(
            versions.map((v) => ({
              lang: v.organizations[0]?.name.lang ?? v.title.lang,
              value: v.organizations.map((organization) => organization.name.value).join('; '),
            })),
            '      ',
          ),
          '    </description>',
        ].join('\n')
      : null
    const implementerOrg = project.organizations.filter((entry) => entry.role === 'implementer')
    const activityStart = activity.actualStart
    const activityEnd = fullDate(activity.actualEnd)
    return [
      `  <iati-activity${attrs({ 'last-updated-datetime': lastUpdated, 'xml:lang': primary.locale, hierarchy: '2' })}>`,
      `    <iati-identifier>${escape(childId(activity))}</iati-identifier>`,
      reportingOrg('    '),
      '    <title>',
      narratives(
        versions.map((v) => v.title),
        '      ',
      ),
      '    </title>',
      '    <description type="1">',
      narratives(clusterLine, '      '),
      '    </description>',
      targetGroups,
      participatingOrgs('    ', implementerOrg),
      status(activity.status).note ? note('    ', status(activity.status).note ?? '') : null,
      `    <activity-status code="${status(activity.status).code}"/>`,
      activityStart
        ? `    <activity-date type="2" iso-date="${activityStart}"/>`
        : [
            note(
              '    ',
              'No activity-specific dates are recorded; this is the start of the parent project.',
            ),
            `    <activity-date type="1" iso-date="${start}"/>`,
          ].join('\n'),
      activityEnd ? `    <activity-date type="4" iso-date="${activityEnd}"/>` : null,
      country,
      ...project.sectorCodes.map((code) => `    <sector vocabulary="1" code="${escape(code)}"/>`),
      `    <related-activity ref="${escape(parentId)}" type="1"/>`,
      '  </iati-activity>',
    ]
      .filter((line) => line !== null && line !== '')
      .join('\n')
  })

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<iati-activities version="2.03" generated-datetime="${lastUpdated}">`,
    parentLines.filter((line) => line !== null && line !== '').join('\n'),
    ...children,
    '</iati-activities>',
    '',
  ].join('\n')
}

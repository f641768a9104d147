import { z } from 'zod'
import type { Locale } from '@/lib/i18n/routing'
import { ORGANIZATION_ROLE_VALUES, ORGANIZATION_TYPE_VALUES } from '../vocabulary'
import { allLanguages, localizedFields, optionalWebUrl, perLocale, slug } from './primitives'
import { sourceList } from './sources'

/** An organisation as pages show it: name and acronym in the page language. */
export const organizationSchema = perLocale((locale: Locale) => {
  const text = localizedFields(locale)
  const dangling = (issue: { input?: unknown }) =>
    issue.input == null ? 'it refers to an organisation that does not exist' : undefined
  return z.object(
    {
      id: z.string(),
      slug,
      name: text.title.required,
      acronym: text.shortTitle.optional,
      type: z.enum(ORGANIZATION_TYPE_VALUES),
      iatiIdentifier: z
        .string()
        .nullish()
        .transform((value) => value ?? null),
      website: optionalWebUrl,
    },
    { error: dangling },
  )
})
export type Organization = z.output<ReturnType<typeof organizationSchema>>

/** An organisation's names in every language, for search across languages. */
export const organizationSearchText = z
  .object({ name: allLanguages, acronym: allLanguages })
  .transform((raw) => [...raw.name, ...raw.acronym])

/**
 * How an organisation takes part in a project or an activity: a ministry that receives support is
 * a beneficiary, one that works with the implementer a partner. Roles that the project's own page
 * does not state carry their sources.
 */
export const organizationRoleSchema = perLocale((locale: Locale) =>
  z.object({
    role: z.enum(ORGANIZATION_ROLE_VALUES),
    organization: organizationSchema(locale),
    sources: sourceList(locale),
  }),
)
export type OrganizationRoleEntry = z.output<ReturnType<typeof organizationRoleSchema>>

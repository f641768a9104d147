/**
 * Compile-time tests, run by `npm run typecheck`: a zod schema that reads a field its query does
 * not return (or of another type) must not compile. Each `@ts-expect-error` fails the typecheck
 * if the line below it ever stops being an error.
 */
import { z } from 'zod'
import type { ProjectsQueryResult, RouteIndexQueryResult } from '@/lib/content/sanity.types'
import type { SchemaFor } from '@/lib/content/schemas/matches-query'
import { projectSummarySchema } from '@/lib/content/schemas/project'
import { routeIndexSchema } from '@/lib/content/schemas/routes'

type ProjectItem = ProjectsQueryResult[number]

// The real schemas fit their queries.
export const real: SchemaFor<
  ProjectItem,
  ReturnType<typeof projectSummarySchema>
> = projectSummarySchema('en')
export const index: SchemaFor<RouteIndexQueryResult, typeof routeIndexSchema> = routeIndexSchema

// A field renamed in the schema (or in GROQ) is caught…
const renamed = z.object({ titel: z.object({ en: z.string() }) })
// @ts-expect-error result.titel is not in the query
export const renamedField: SchemaFor<ProjectItem, typeof renamed> = renamed

// …and so is a field of another type (a number where the query returns a date string)…
const retyped = z.object({ startDate: z.number() })
// @ts-expect-error result.startDate is a string
export const retypedField: SchemaFor<ProjectItem, typeof retyped> = retyped

// …and a field inside a list item.
const nested = z.object({ organizations: z.array(z.object({ rank: z.string() })) })
// @ts-expect-error result.organizations[].rank is not in the query
export const nestedField: SchemaFor<ProjectItem, typeof nested> = nested

// Nullability is the schema's decision: requiring a field GROQ types as nullable compiles.
const strict = z.object({ slug: z.string(), country: z.enum(['GE', 'AM', 'AZ', 'TR']) })
export const strictField: SchemaFor<ProjectItem, typeof strict> = strict

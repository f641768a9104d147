/**
 * Ties each zod schema to the TypeGen type of the query it validates, at compile time: a field the
 * schema reads that the query does not return (renamed in GROQ or in the Sanity schema), or of
 * another type, fails `npm run typecheck` with the path in the message. Nullability is left to the
 * zod schema on purpose: GROQ types nearly every field as possibly null, and the schema decides
 * what a missing value means (skip the document, or show "not recorded").
 */
import type { z } from 'zod'

type Defined<T> = Exclude<T, null | undefined>

/** Keys written out in a type, without index signatures (`Record<string, …>` parts). */
type KnownKeys<T> = keyof { [K in keyof T as string extends K ? never : K]: T[K] } & string

/** The paths at which `Schema` expects something `Query` cannot deliver (never when it fits). */
export type Mismatches<Query, Schema, Path extends string = 'result'> = unknown extends Schema
  ? never
  : [Defined<Schema>] extends [never]
    ? never
    : [Defined<Query>] extends [never]
      ? Path
      : Defined<Schema> extends readonly (infer SchemaItem)[]
        ? Defined<Query> extends readonly (infer QueryItem)[]
          ? Mismatches<QueryItem, SchemaItem, `${Path}[]`>
          : Path
        : Defined<Schema> extends object
          ? Defined<Query> extends object
            ? {
                [K in KnownKeys<Defined<Schema>>]-?: K extends keyof Defined<Query>
                  ? Mismatches<Defined<Query>[K], Defined<Schema>[K], `${Path}.${K}`>
                  : `${Path}.${K} (not in the query)`
              }[KnownKeys<Defined<Schema>>]
            : Path
          : Defined<Query> extends Defined<Schema>
            ? never
            : Path

/**
 * A schema that fits a query's result type; otherwise a type whose error message lists the
 * mismatching paths.
 */
export type SchemaFor<Result, S extends z.ZodType> = [Mismatches<Result, z.input<S>>] extends [
  never,
]
  ? S
  : { 'schema does not match the query at': Mismatches<Result, z.input<S>> }

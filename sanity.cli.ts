import { defineCliConfig } from 'sanity/cli'
import { readBuildEnv } from './lib/env/build'

const env = readBuildEnv()

export default defineCliConfig({
  api: { projectId: env.sanityProjectId ?? undefined, dataset: env.sanityDataset },
  // TypeGen (scripts/typegen.mjs): the query result types the zod schemas are checked against.
  typegen: {
    path: './lib/content/queries.ts',
    schema: './sanity/extract/schema.json',
    generates: './lib/content/sanity.types.ts',
    overloadClientMethods: false,
  },
})

import { defineCliConfig } from 'sanity/cli'
import { readBuildEnv } from './lib/env/build'

const env = readBuildEnv()

export default defineCliConfig({
  api: { projectId: env.sanityProjectId ?? undefined, dataset: env.sanityDataset },
})

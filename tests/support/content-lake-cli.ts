/** Runs the Content Lake stand-in on a fixed port, for E2E tests: `tsx tests/support/content-lake-cli.ts 3199`. */
import { startContentLake } from './content-lake-server'
import { loadSeed } from './seed'

const port = Number(process.argv[2] ?? 3199)
startContentLake(loadSeed(), port).then((lake) =>
  console.log(`content lake stand-in on ${lake.url}`),
)

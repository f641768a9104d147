import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseNdjson } from '@/lib/content/backends/embedded'

export const SEED_PATH = path.join(process.cwd(), 'sanity/seed/production.ndjson')

export type SeedDocument = ReturnType<typeof parseNdjson>[number]

export function loadSeed(): SeedDocument[] {
  return parseNdjson(readFileSync(SEED_PATH, 'utf8'), 'production.ndjson')
}

export function toNdjson(documents: object[]): string {
  return documents.map((document) => JSON.stringify(document)).join('\n') + '\n'
}

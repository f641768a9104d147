import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { embeddedFromExport, readExportData, writeEmbeddedDataset } from '@/scripts/content-export'
import { embeddedRepository } from '../support/repository'
import { loadSeed, SEED_PATH, type SeedDocument } from '../support/seed'
import { validateWithStudioRules } from '../support/validate'

// Recorded with @sanity/export (what `sanity dataset export --raw --no-drafts` runs); see the
// recording script next to it.
const RECORDED = path.join(process.cwd(), 'tests/fixtures/content-lake-export.tar.gz')
const parse = (ndjson: string) =>
  ndjson
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as SeedDocument)

describe('content:pull, embedded side, on a recorded export', () => {
  const exported = readExportData(readFileSync(RECORDED))
  const seedText = readFileSync(SEED_PATH, 'utf8')
  const { ndjson, summary } = embeddedFromExport(exported, seedText)
  const pulled = parse(ndjson)

  it('reads data.ndjson out of the gzipped tarball', () => {
    expect(parse(exported)).toHaveLength(loadSeed().length + 1)
  })

  it('keeps published documents in the order of the current file, new ones after, without _rev', () => {
    expect(summary).toEqual({
      kept: loadSeed().length + 1,
      skipped: 0,
      byType: expect.objectContaining({ activity: 24, 'sanity.imageAsset': 1 }),
    })
    expect(pulled.slice(0, -1).map((doc) => doc._id)).toEqual(loadSeed().map((doc) => doc._id))
    expect(pulled.at(-1)!._type).toBe('sanity.imageAsset')
    expect(pulled.every((doc) => !('_rev' in doc))).toBe(true)
  })

  it('replaces the embedded dataset, which the app then reads with the edited title', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'portal-pull-')), 'dataset.ndjson')
    copyFileSync(SEED_PATH, file)
    expect(await writeEmbeddedDataset(RECORDED, file)).toEqual(summary)
    expect(readFileSync(file, 'utf8')).toBe(ndjson)
    expect(existsSync(`${file}.pull`)).toBe(false)
    const activity = await embeddedRepository(file).read(
      'activity',
      'en',
      'secure-borders-safe-migration',
      'national-census',
    )
    expect(activity?.title.value).toBe('National population census')
  })

  // One test per document: each runs Sanity's whole validation of that document (every schema rule,
  // GROQ queries over the dataset through groq-js), about 0.1 s each on a quiet machine and over
  // 1 s for the project; all of them in one test went past Jest's default timeout on a busy
  // machine (the timeout itself is set generously in jest.config.mjs).
  const content = pulled.filter((doc) => !doc._type.startsWith('sanity.'))
  it.each(content.map((doc) => [doc._id, doc] as const))(
    'passes the Studio validation rules, so seed:import can push it back: %s',
    async (_id, doc) => {
      expect(await validateWithStudioRules(doc, pulled)).toEqual([])
    },
  )

  it('validates every pulled document but the assets', () => {
    expect(content).toHaveLength(loadSeed().length)
  })

  it('gives the same file when pulled again', () => {
    expect(embeddedFromExport(exported, ndjson).ndjson).toBe(ndjson)
  })
})

it('leaves out drafts, release versions and system documents', () => {
  const lines = [
    { _id: 'activity.a', _type: 'activity', _rev: 'r' },
    { _id: 'drafts.activity.a', _type: 'activity' },
    { _id: 'versions.r1.activity.a', _type: 'activity' },
    { _id: '_.releases.r1', _type: 'system.release' },
  ]
  const { ndjson, summary } = embeddedFromExport(
    lines.map((line) => JSON.stringify(line)).join('\n'),
  )
  expect(ndjson).toBe('{"_id":"activity.a","_type":"activity"}\n')
  expect(summary.skipped).toBe(3)
})

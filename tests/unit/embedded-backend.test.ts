import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createEmbeddedBackend } from '@/lib/content/backends/embedded'
import { embeddedRepository } from '../support/repository'
import { loadSeed, toNdjson } from '../support/seed'

describe('embedded source', () => {
  it('picks up changes to the dataset file without a restart', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'portal-reload-')), 'dataset.ndjson')
    const seed = loadSeed()
    writeFileSync(file, toNdjson(seed))
    const repo = embeddedRepository(file)
    expect(
      (await repo.read('activity', 'en', 'secure-borders-safe-migration', 'national-census'))!.title
        .value,
    ).toBe('National census')

    const changed = seed.map((doc) =>
      doc._id === 'activity.national-census'
        ? { ...doc, title: { _type: 'localeString', ka: 'აღწერა 2', en: 'Census, revised' } }
        : doc,
    )
    writeFileSync(file, toNdjson(changed) + '\n')
    expect(
      (await repo.read('activity', 'en', 'secure-borders-safe-migration', 'national-census'))!.title
        .value,
    ).toBe('Census, revised')
  })

  it('hides drafts (published perspective)', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'portal-drafts-')), 'dataset.ndjson')
    const seed = loadSeed()
    const project = seed.find((doc) => doc._type === 'project')!
    writeFileSync(
      file,
      toNdjson([
        ...seed,
        {
          ...project,
          _id: `drafts.${project._id}`,
          slug: { _type: 'slug', current: 'draft-only' },
        },
      ]),
    )
    expect(await createEmbeddedBackend(file).fetch('count(*[_type == "project"])', {})).toBe(1)
  })

  it('says which file it cannot read', async () => {
    await expect(createEmbeddedBackend('/nonexistent/data.ndjson').fetch('*', {})).rejects.toThrow(
      /nonexistent\/data\.ndjson.*CONTENT_DATASET_PATH/,
    )
  })
})

import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadSeed, SEED_PATH, toNdjson } from '../support/seed'
import { untranslatedDataset } from '../support/untranslated'

/** Runs `npm run content:status` as people and CI do: the exit code is the verdict. */
function contentStatus(env: Record<string, string>, args: string[] = []) {
  const result = spawnSync('npm', ['run', '--silent', 'content:status', '--', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    // Only against a hang: npm and tsx starting cold took over 20 s on a busy two-core machine.
    timeout: 180_000,
  })
  return { code: result.status, output: result.stdout + result.stderr }
}

describe('npm run content:status', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-status-'))
  const untranslated = path.join(dir, 'untranslated.ndjson')
  writeFileSync(untranslated, toNdjson(untranslatedDataset(loadSeed())))

  it('exits 0 on the seed (everything translated)', () => {
    const { code, output } = contentStatus({ CONTENT_DATASET_PATH: SEED_PATH })
    expect(output).toContain('Everything is translated.')
    expect(code).toBe(0)
  })

  it('reads CONTENT_DATASET_PATH, lists every document and field lacking a language, exits 1', () => {
    const { code, output } = contentStatus({ CONTENT_DATASET_PATH: untranslated })
    expect(output).toContain('Needs English (en): 3')
    expect(output).toContain('Needs Georgian (ka): 3')
    expect(output).toMatch(/activity activity\.national-census "ეროვნული აღწერა"\n {4}- title/)
    expect(output).toMatch(
      /project project\.secure-borders-safe-migration .*\n {4}- fundingProgramme/,
    )
    expect(code).toBe(1)
  })

  it('exits 2 with a message when the dataset cannot be read', () => {
    const { code, output } = contentStatus({}, [path.join(dir, 'missing.ndjson')])
    expect(output).toMatch(/Embedded dataset not readable/)
    expect(code).toBe(2)
  })
})

import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { routing } from '@/lib/i18n/routing'
import { buildIati, type IatiLanguage } from '@/lib/reporting/iati'
import { FIXTURE_DOCUMENTS } from '../fixtures/donor-project'
import { embeddedRepository } from './repository'
import { loadSeed, toNdjson } from './seed'

/** IATI's 2.03 activity schema, with the files it includes and imports (provenance and licence there). */
export const SCHEMA_DIR = path.join(process.cwd(), 'tests/fixtures/iati')
export const SCHEMA = path.join(SCHEMA_DIR, 'iati-activities-schema.xsd')

type Repository = ReturnType<typeof embeddedRepository>

/** A repository over the seed plus the fully filled fixture project. */
export function seedWithFixture(): Repository {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'portal-fixture-')), 'dataset.ndjson')
  writeFileSync(file, toNdjson([...loadSeed(), ...FIXTURE_DOCUMENTS]))
  return embeddedRepository(file)
}

export async function iatiLanguages(repo: Repository, slug: string): Promise<IatiLanguage[]> {
  return Promise.all(
    routing.locales.map(async (locale) => ({
      locale,
      project: (await repo.read('project', locale, slug))!,
      activities: (await repo.read('iatiActivities', locale, slug)) ?? [],
    })),
  )
}

/** The public address the tests build with (as tests/e2e/servers.ts), unless one is given. */
export const PUBLIC_SITE_URL = 'https://projects.example.org'

export async function iatiReport(
  repo: Repository,
  slug: string,
  generatedAt = new Date(),
  siteUrl = PUBLIC_SITE_URL,
) {
  return buildIati({
    languages: await iatiLanguages(repo, slug),
    generatedAt,
    contentUpdatedAt: await repo.read('contentTime', 'en', slug),
    siteUrl,
    secondaryReporter: true,
    pageUrl: (href, locale) => `${siteUrl}/${locale}${href}`,
  })
}

/** xmllint's verdict on a file against IATI's 2.03 schema ('' when valid). */
export function xmllint(xml: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'iati-')), 'activities.xml')
  writeFileSync(file, xml)
  return execFileSync('xmllint', ['--noout', '--schema', SCHEMA, file], {
    encoding: 'utf8',
    stdio: 'pipe',
  })
}

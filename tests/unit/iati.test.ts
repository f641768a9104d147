import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { projectToIati } from '@/lib/reporting/iati'
import { embeddedRepository } from '../support/repository'
import { loadSeed, toNdjson } from '../support/seed'
import { sharedPath } from '../support/shared'

const SLUG = 'secure-borders-safe-migration'
const SCHEMA = sharedPath('iati', 'iati-activities-schema.xsd')

async function seedIati(repo = embeddedRepository()) {
  const languages = await Promise.all(
    (['ka', 'en'] as const).map(async (locale) => ({
      locale,
      project: (await repo.getProject(locale, SLUG))!,
      activities: (await repo.getProjectActivities(locale, SLUG)) ?? [],
    })),
  )
  return projectToIati({ languages, generatedAt: new Date('2026-11-25T10:00:00Z') })
}

describe('IATI export', () => {
  it('validates against the official IATI 2.03 schema (xmllint)', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'iati-')), 'activities.xml')
    writeFileSync(file, await seedIati())
    const output = execFileSync('xmllint', ['--noout', '--schema', SCHEMA, file], {
      encoding: 'utf8',
      stdio: 'pipe',
    })
    expect(output).toBe('')
  })

  it('has 1 parent and 24 child activities, linked both ways', async () => {
    const xml = await seedIati()
    expect(xml.match(/<iati-activity [^>]*hierarchy="1"/g)).toHaveLength(1)
    expect(xml.match(/<iati-activity [^>]*hierarchy="2"/g)).toHaveLength(24)
    expect(xml.match(/<related-activity ref="[^"]*" type="2"\/>/g)).toHaveLength(24)
    expect(xml.match(/<related-activity ref="[^"]*" type="1"\/>/g)).toHaveLength(24)
  })

  it('carries titles in both languages', async () => {
    const xml = await seedIati()
    expect(xml).toContain(
      '<narrative xml:lang="ka">დაცული საზღვრებისა და უსაფრთხო მიგრაციის მხარდაჭერა</narrative>',
    )
    expect(xml).toContain(
      '<narrative xml:lang="en">Supporting Secure Borders and Safe Migration</narrative>',
    )
    expect(xml).toContain('<narrative xml:lang="ka">ეროვნული აღწერა</narrative>')
    expect(xml).toContain('<narrative xml:lang="en">National census</narrative>')
    expect(xml.match(/<narrative xml:lang="ka">/g)!.length).toBe(
      xml.match(/<narrative xml:lang="en">/g)!.length,
    )
  })

  it('uses IATI codes for organisations, dates, country and sector', async () => {
    const xml = await seedIati()
    expect(xml).toMatch(/<reporting-org ref="XM-DAC-47066" type="40">/)
    expect(xml).toMatch(
      /<participating-org type="40" role="1">\s*<narrative xml:lang="ka">ევროკავშირი/,
    )
    expect(xml).toMatch(/<participating-org ref="XM-DAC-47066" type="40" role="4">/)
    expect(xml).toContain('<activity-date type="2" iso-date="2013-12-15"/>')
    expect(xml).toContain('<recipient-country code="GE" percentage="100"/>')
    expect(xml).toContain('<sector vocabulary="1" code="15190"/>')
  })

  it('invents nothing the data lacks, and says so', async () => {
    const xml = await seedIati()
    expect(xml).toContain(
      '<iati-identifier>XM-DAC-47066-secure-borders-safe-migration</iati-identifier>',
    )
    expect(xml).toContain('Activity status is not recorded')
    expect(xml).toContain('Planned end known to the month only (2017-06)')
    expect(xml).not.toMatch(/iso-date="2017-06-\d\d"/)
  })

  it('escapes markup in content', async () => {
    const repo = embeddedRepository()
    const project = (await repo.getProject('en', SLUG))!
    const xml = projectToIati({
      languages: [
        {
          locale: 'en',
          project: { ...project, title: { value: 'A <b>&</b> "B"', lang: 'en' } },
          activities: [],
        },
      ],
      generatedAt: new Date(),
    })
    expect(xml).toContain('A &lt;b&gt;&amp;&lt;/b&gt; &quot;B&quot;')
  })

  it('stays well-formed and valid whatever control characters the content holds', async () => {
    const illegal = [
      '\u0000',
      '\u0001',
      '\u0008',
      '\u000B',
      '\u000C',
      '\u000E',
      '\u001F',
      '\uFFFE',
      '\uFFFF',
      '\uD800',
    ]
    const dir = mkdtempSync(path.join(tmpdir(), 'iati-'))
    const dataset = path.join(dir, 'dataset.ndjson')
    writeFileSync(
      dataset,
      toNdjson(
        loadSeed().map((doc) =>
          doc._id === 'activity.national-census'
            ? {
                ...doc,
                title: {
                  _type: 'localeString',
                  ka: `ეროვნული${illegal.join('')} აღწერა`,
                  en: `National${illegal.join('')} census`,
                },
              }
            : doc,
        ),
      ),
    )
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
    const xml = await seedIati(embeddedRepository(dataset))
    expect(xml).toContain('<narrative xml:lang="en">National census</narrative>')
    expect(xml).toContain('<narrative xml:lang="ka">ეროვნული აღწერა</narrative>')
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /removed 20 control or non-character code point\(s\) from activity\.national-census/,
      ),
    )
    const file = path.join(dir, 'activities.xml')
    writeFileSync(file, xml)
    expect(
      execFileSync('xmllint', ['--noout', '--schema', SCHEMA, file], {
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    ).toBe('')
  })
})

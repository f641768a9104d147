import { evaluate, parse } from 'groq-js'
import { createSchema } from 'sanity'
import { routing } from '@/lib/i18n/routing'
import { schemaTypes } from '@/sanity/schemaTypes'
import { missingTranslationFilter } from '@/sanity/translation/groq'
import { localizedPathsByType, pathTitle } from '@/sanity/translation/localized-paths'
import { missingTranslations } from '@/sanity/translation/missing'
import { translationReport } from '@/sanity/translation/report'
import { loadSeed, type SeedDocument } from '../support/seed'
import { EXPECTED_GAPS, untranslatedDataset } from '../support/untranslated'
import { schema } from '../support/validate'

const groqOver =
  (dataset: SeedDocument[]) => async (query: string, params: Record<string, unknown>) =>
    (await evaluate(parse(query, { params }), { dataset, params })).get()

const selected = async (dataset: SeedDocument[], filter: string) =>
  ((await groqOver(dataset)(`*[${filter}]._id`, {})) as string[]).sort()

describe('localised fields are found in the schema', () => {
  const byType = localizedPathsByType(schema)
  const names = (type: string) => (byType.get(type) ?? []).map((path) => pathTitle(path))

  it('covers every document type with its localised fields, nested ones included', () => {
    expect(names('activity')).toEqual([
      'Title',
      'Description',
      // A photo's alt text and caption are translated like any text (decorative ones need no alt).
      'Main photo › Alternative text',
      'Main photo › Caption',
      'Gallery › Alternative text',
      'Gallery › Caption',
      'Locations › Name',
      'Locations › What happens there',
      'Documents › Title',
      'Sources of the facts › Note',
    ])
    expect(names('project')).toEqual(
      expect.arrayContaining([
        'Title',
        'Short title',
        'Summary',
        'About the project',
        'Overall objective',
        'Funding programme',
        'Main photo › Alternative text',
        'Gallery › Caption',
        'Contact › Office',
        'Sources of the facts › Note',
      ]),
    )
    expect(names('organization')).toEqual(['Name', 'Acronym'])
    expect(names('result')).toEqual(
      expect.arrayContaining(['Title', 'Indicators › Title', 'Indicators › Periods › Comment']),
    )
    expect(names('source')).toEqual(['Publisher', 'Note'])
  })

  it('counts updates and the site settings in "Needs English" / "Needs Georgian"', () => {
    expect(names('update')).toEqual([
      'Title',
      'Summary',
      'Text',
      'Photo › Alternative text',
      'Photo › Caption',
    ])
    expect(names('siteSettings')).toEqual([
      'Portal name',
      'Organisation',
      'Contact › Address',
      'Footer text',
    ])
    // Every document type (tests/unit/schema.test.ts lists them) has localised fields.
    const documentTypes = schemaTypes.filter((type) => type.type === 'document')
    expect([...byType.keys()].sort()).toEqual(documentTypes.map((type) => type.name).sort())
  })

  it('finds localised fields in arrays and objects of a type it has never seen', async () => {
    const extended = createSchema({
      name: 'extended',
      types: [
        ...schemaTypes,
        {
          name: 'survey',
          type: 'document',
          fields: [
            { name: 'keywords', type: 'array', of: [{ type: 'localeString' }] },
            {
              name: 'indicators',
              type: 'array',
              of: [
                {
                  name: 'indicator',
                  type: 'object',
                  fields: [{ name: 'label', type: 'localeText' }],
                },
              ],
            },
            { name: 'source', type: 'object', fields: [{ name: 'note', type: 'localeString' }] },
          ],
        },
      ],
    })
    const survey = {
      _id: 'survey.1',
      _type: 'survey',
      keywords: [{ _type: 'localeString', _key: 'a', ka: 'ა', en: 'a' }],
      indicators: [
        { _type: 'indicator', _key: 'i1', label: { ka: 'ერთი', en: 'One' } },
        { _type: 'indicator', _key: 'i2', label: { ka: 'ორი' } },
      ],
      source: { note: { en: 'Census' } },
    }
    expect(missingTranslations(extended, survey)).toEqual([
      { path: 'indicators[1].label', title: 'Indicators › Label', missing: ['en'] },
      { path: 'source.note', title: 'Source › Note', missing: ['ka'] },
    ])
    expect(await selected([survey], missingTranslationFilter(extended, 'en'))).toEqual(['survey.1'])
    expect(await selected([survey], missingTranslationFilter(extended, 'ka'))).toEqual(['survey.1'])
    const complete = { ...survey, indicators: [survey.indicators[0]], source: {} }
    expect(await selected([complete], missingTranslationFilter(extended, 'en'))).toEqual([])
  })
})

describe('translation status', () => {
  const seed = loadSeed()
  const untranslated = untranslatedDataset(seed)

  it('finds nothing to translate in the seed', async () => {
    const report = await translationReport(schema, groqOver(seed))
    expect(report.complete).toBe(true)
    expect(report.needs).toEqual({ ka: [], en: [] })
    expect(report.documents).toBe(seed.length)
  })

  it.each(routing.locales)('lists the documents and fields that lack %s', async (locale) => {
    const report = await translationReport(schema, groqOver(untranslated))
    expect(report.complete).toBe(false)
    const found = Object.fromEntries(report.needs[locale].map((entry) => [entry.id, entry.fields]))
    expect(found).toEqual(EXPECTED_GAPS[locale])
  })

  it.each(routing.locales)(
    'GROQ (%s) and the per-document check agree on every document',
    async (locale) => {
      const byGroq = await selected(untranslated, missingTranslationFilter(schema, locale))
      const byCheck = untranslated
        .filter((doc) =>
          missingTranslations(schema, doc).some((gap) => gap.missing.includes(locale)),
        )
        .map((doc) => doc._id)
        .sort()
      expect(byGroq).toEqual(byCheck)
      expect(byGroq).toEqual(Object.keys(EXPECTED_GAPS[locale]).sort())
    },
  )
})

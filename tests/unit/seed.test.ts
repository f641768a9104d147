import { readFileSync } from 'node:fs'
import path from 'node:path'
import { routing } from '@/lib/i18n/routing'
import { schema, studioMessages, validateWithStudioRules } from '../support/validate'
import { loadSeed, type SeedDocument } from '../support/seed'
import sourcePage from '../fixtures/source-page/ka-sentences.json'

const seed = loadSeed()
const byType = (type: string) => seed.filter((doc) => doc._type === type)
const localeTypes = new Set(['localeString', 'localeText', 'localeBlockContent'])

/** Every object in a document, with its path, for walking references and localised fields. */
function* walk(value: unknown, at: string): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* walk(item, `${at}[${i}]`)
  } else if (value && typeof value === 'object') {
    const record = Object.fromEntries(Object.entries(value))
    yield [at, record]
    for (const [key, child] of Object.entries(record)) yield* walk(child, `${at}.${key}`)
  }
}

describe('seed dataset', () => {
  it('holds 1 project, 2 objectives, 4 clusters, 24 activities and the organisations', () => {
    expect(byType('project')).toHaveLength(1)
    expect(byType('objective')).toHaveLength(2)
    expect(byType('thematicCluster')).toHaveLength(4)
    expect(byType('activity')).toHaveLength(24)
    expect(byType('organization').length).toBeGreaterThanOrEqual(8)
  })

  it('has 8 + 9 + 3 + 4 activities in the clusters, in order', () => {
    const clusters = byType('thematicCluster').sort((a, b) => Number(a.order) - Number(b.order))
    const counts = clusters.map(
      (cluster) =>
        byType('activity').filter((a) => JSON.stringify(a.cluster).includes(`"${cluster._id}"`))
          .length,
    )
    expect(counts).toEqual([8, 9, 3, 4])
  })

  it('uses only types the schema defines', () => {
    for (const doc of seed) expect(schema.get(doc._type)).toBeDefined()
  })

  it('resolves every reference', () => {
    const ids = new Set(seed.map((doc) => doc._id))
    const dangling = seed.flatMap((doc) =>
      [...walk(doc, doc._id)]
        .filter(([, obj]) => typeof obj._ref === 'string' && !ids.has(String(obj._ref)))
        .map(([at]) => at),
    )
    expect(dangling).toEqual([])
  })

  it('fills every localised field in both languages', () => {
    const gaps = seed.flatMap((doc) =>
      [...walk(doc, doc._id)]
        .filter(([, obj]) => localeTypes.has(String(obj._type)))
        .flatMap(([at, obj]) =>
          routing.locales
            .filter((locale) => {
              const value = obj[locale]
              return typeof value === 'string'
                ? value.trim() === ''
                : !Array.isArray(value) || value.length === 0
            })
            .map((locale) => `${at}.${locale}`),
        ),
    )
    expect(gaps).toEqual([])
  })

  it.each(seed.map((doc) => [doc._id, doc] as const))(
    '%s passes the Studio validation rules',
    async (_id, doc: SeedDocument) => {
      expect(await validateWithStudioRules(doc, seed)).toEqual([])
    },
  )
})

describe('Studio validation rules catch broken documents', () => {
  const activity = byType('activity')[0]!

  it('warns about a missing translation, naming the language, without blocking publishing', async () => {
    const untranslated = { ...activity, title: { _type: 'localeString', ka: 'სათაური' } }
    expect(await validateWithStudioRules(untranslated, seed)).toEqual([])
    expect(await studioMessages(untranslated, seed, 'warning')).toEqual([
      expect.stringMatching(/^title\.en: Missing translation: English \(en\)/),
    ])
    const optional = {
      ...activity,
      description: {
        _type: 'localeBlockContent',
        en: [{ _type: 'block', _key: 'b', children: [] }],
      },
    }
    expect(await studioMessages(optional, seed, 'warning')).toEqual([
      expect.stringMatching(/^description\.ka: Missing translation: Georgian \(ka\)/),
    ])
  })

  it('refuses a required text that is empty in every language', async () => {
    const empty = { ...activity, title: { _type: 'localeString', ka: '', en: '' } }
    expect(await validateWithStudioRules(empty, seed)).toEqual([
      'title: Required: write it in Georgian (ka) and English (en)',
    ])
  })

  it('refuses a non-ASCII slug and a duplicate slug', async () => {
    const nonAscii = {
      ...activity,
      _id: 'activity.copy',
      slug: { _type: 'slug', current: 'საზღვარი' },
    }
    expect((await validateWithStudioRules(nonAscii, seed)).join('\n')).toMatch(/ASCII/)
    const duplicate = { ...activity, _id: 'activity.copy' }
    expect((await validateWithStudioRules(duplicate, seed)).join('\n')).toMatch(/slug/i)
  })

  it('refuses a dangling reference', async () => {
    const broken = { ...activity, cluster: { _type: 'reference', _ref: 'thematicCluster.missing' } }
    expect((await validateWithStudioRules(broken, seed)).join('\n')).toMatch(/does not exist/)
  })

  it('refuses texts longer than the data layer accepts', async () => {
    const longTitle = {
      ...activity,
      title: { _type: 'localeString', ka: 'ა', en: 'x'.repeat(301) },
    }
    expect((await validateWithStudioRules(longTitle, seed)).join('\n')).toMatch(/300/)
    const cluster = byType('thematicCluster')[0]!
    const longShort = {
      ...cluster,
      shortTitle: { _type: 'localeString', ka: 'ა'.repeat(61), en: 'Short' },
    }
    expect((await validateWithStudioRules(longShort, seed)).join('\n')).toMatch(/60 characters/)
    const paragraph = (i: number) => ({
      _type: 'block',
      _key: `b${i}`,
      style: 'normal',
      markDefs: [],
      children: [{ _type: 'span', _key: `s${i}`, text: 'x'.repeat(1000), marks: [] }],
    })
    const longText = {
      ...cluster,
      description: {
        _type: 'localeBlockContent',
        ka: [paragraph(0)],
        en: Array.from({ length: 41 }, (_, i) => paragraph(i)),
      },
    }
    expect((await validateWithStudioRules(longText, seed)).join('\n')).toMatch(/40,000 characters/)
  })

  it('refuses an activity that ends before it starts', async () => {
    const broken = { ...activity, plannedStart: '2015-05-01', plannedEnd: '2015-04-30' }
    expect((await validateWithStudioRules(broken, seed)).join('\n')).toMatch(
      /not be before the start/,
    )
    const actual = { ...activity, actualStart: '2015-05-01', actualEnd: '2015-04-30' }
    expect((await validateWithStudioRules(actual, seed)).join('\n')).toMatch(
      /not be before the start/,
    )
  })

  it('refuses a planned end before the start', async () => {
    const project = byType('project')[0]!
    const broken = { ...project, plannedEnd: '2012-01' }
    expect((await validateWithStudioRules(broken, seed)).join('\n')).toMatch(/after the start/)
  })

  it('refuses unsafe link schemes in rich text', async () => {
    const project = byType('project')[0]!
    const block = {
      _type: 'block',
      _key: 'k1',
      style: 'normal',
      markDefs: [{ _type: 'link', _key: 'l1', href: 'javascript:alert(1)' }],
      children: [{ _type: 'span', _key: 's1', text: 'x', marks: ['l1'] }],
    }
    const broken = {
      ...project,
      description: { _type: 'localeBlockContent', ka: [block], en: [block] },
    }
    // Both languages' link is refused, with the reason editors read.
    const errors = await validateWithStudioRules(broken, seed)
    for (const locale of ['ka', 'en']) {
      expect(errors).toContainEqual(
        expect.stringMatching(
          new RegExp(`^description\\.${locale}\\..*href: Only http\\(s\\), mailto and tel links`),
        ),
      )
    }
    expect(errors.every((error) => error.includes('.href: '))).toBe(true)
  })
})

describe('source page coverage', () => {
  // Obvious typos of the source page fixed in the seed (source → seed); everything else is verbatim.
  const corrections: [string, string][] = [
    ['ინტერგრირებულ', 'ინტეგრირებულ'],
    ['ლირებალიზაციის', 'ლიბერალიზაციის'],
    ['გავითარება', 'განვითარება'],
    ['ბროლისთვის', 'ბრძოლისთვის'],
    ['ტრანსასაზღვრო', 'ტრანსსასაზღვრო'],
  ]
  const messagesKa = readFileSync(path.join(process.cwd(), 'messages/ka.json'), 'utf8')
  const seedText = JSON.stringify(seed) + messagesKa
  // The page's content lines as on the page, page chrome (logo placeholder, language switch,
  // lone bullets) already left out (see the fixture's `selection`); list numbering is stripped here.
  const lines = sourcePage.lines
    .map((line) =>
      // "თემატური ჯგუფი 1:" is the cluster label (a message); its colon is a separator, which the
      // pages add in code where a title follows on the same line.
      line
        .replace(/^\d+\. /, '')
        .replace(/^თემატური ჯგუფი \d+:$/, '"label": "თემატური ჯგუფი {number}"'),
    )
    .map((line) => corrections.reduce((text, [typo, fix]) => text.replaceAll(typo, fix), line))

  it('checks every content line of the page (47, as in the saved copy)', () => {
    expect(lines).toHaveLength(47)
  })

  it.each(lines.map((line) => [line.slice(0, 60), line]))('has "%s…"', (_label, line) => {
    const sentences = line
      .split(/(?<=[.;])\s+/)
      .map((sentence) => sentence.trim())
      .filter(Boolean)
    expect(sentences.filter((sentence) => !seedText.includes(sentence))).toEqual([])
  })
})

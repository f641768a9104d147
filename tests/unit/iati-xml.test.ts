import { comment, el, serialize } from '@/lib/reporting/iati/xml'
import { narratives } from '@/lib/reporting/iati/narratives'

const body = (xml: string) => xml.replace(/^<\?xml[^>]*>\n/, '').trim()

describe('the IATI XML writer', () => {
  it('escapes text and attributes', () => {
    const xml = serialize(el('a', { href: 'x?a=1&b="2"\n' }, '<b> & </b>'))
    expect(body(xml)).toBe(
      '<a href="x?a=1&amp;b=&quot;2&quot;&#10;">&lt;b&gt; &amp; &lt;/b&gt;</a>',
    )
  })

  it('leaves out attributes without a value, never writing them empty', () => {
    expect(
      body(serialize(el('a', { ref: '', type: '  ', code: null, role: undefined, ok: 1 }))),
    ).toBe('<a ok="1"/>')
  })

  it('drops elements left without content or attributes, and those missing a required attribute', () => {
    const xml = serialize(
      el(
        'root',
        {},
        el('description', {}, ...narratives([null, { value: '  ', lang: 'en' }])),
        el('activity-status', { code: '' }, { requires: ['code'] }),
        el('only-comment', {}, comment('why')),
        el('kept', { code: '4' }, { requires: ['code'] }),
      ),
    )
    expect(body(xml)).toBe('<root>\n  <kept code="4"/>\n</root>')
  })

  it('refuses to write an empty element the schema requires', () => {
    expect(() =>
      serialize(el('root', {}, el('iati-identifier', {}, { required: true }, ''))),
    ).toThrow('<iati-identifier> would be empty')
    expect(() =>
      serialize(
        el('root', {}, el('reporting-org', { ref: null }, { requires: ['ref'], required: true })),
      ),
    ).toThrow('<reporting-org> would be without its ref attribute')
  })

  it('keeps comments well-formed', () => {
    expect(body(serialize(el('a', {}, comment('a -- b -'), 'x')))).toContain('<!-- a — b — -->')
  })

  it('writes one narrative per language and each text once', () => {
    const xml = serialize(
      el(
        'title',
        {},
        ...narratives([
          { value: 'Title', lang: 'en' },
          { value: 'Title', lang: 'en' },
          { value: 'სათაური', lang: 'ka' },
        ]),
      ),
    )
    expect(body(xml).match(/<narrative/g)).toHaveLength(2)
  })
})

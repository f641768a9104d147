import { sanitize, withoutIllegalCharacters } from '@/lib/content/backends/safeguards'

describe('characters no page or export may carry', () => {
  it.each([
    ['NUL', '\u0000'],
    ['a C0 control', '\u0007'],
    ['a vertical tab (Word’s soft line break)', '\u000B'],
    ['a form feed', '\u000C'],
    ['the last C0 control', '\u001F'],
    ['U+FFFE', '\uFFFE'],
    ['U+FFFF', '\uFFFF'],
    ['a lone high surrogate', '\uD800'],
    ['a lone low surrogate', '\uDC00'],
  ])('removes %s', (_name, character) => {
    expect(withoutIllegalCharacters(`a${character}b`)).toBe('ab')
  })

  it('keeps tabs, line breaks, Georgian and characters outside the BMP', () => {
    const text = 'ა\tb\nc\r\nd 😀 „ციტატა“'
    expect(withoutIllegalCharacters(text)).toBe(text)
  })

  it('cleans every string of a result and says which document had what', () => {
    const { value, removals } = sanitize({
      projects: [{ id: 'project.a', title: { ka: 'ა\u000B', en: 'A\u0000\u0001' } }],
      count: 3,
    })
    expect(value).toEqual({
      projects: [{ id: 'project.a', title: { ka: 'ა', en: 'A' } }],
      count: 3,
    })
    expect(removals).toEqual([{ document: 'project.a', count: 3 }])
  })
})

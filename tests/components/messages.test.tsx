import en from '@/messages/en.json'
import ka from '@/messages/ka.json'

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) =>
      leaves(child, prefix ? `${prefix}.${key}` : key),
    )
  }
  return [[prefix, value]]
}

describe('message files', () => {
  it('have the same keys in both languages', () => {
    expect(
      leaves(ka)
        .map(([key]) => key)
        .sort(),
    ).toEqual(
      leaves(en)
        .map(([key]) => key)
        .sort(),
    )
  })

  it.each([
    ['ka', ka],
    ['en', en],
  ])('have no empty strings (%s)', (_locale, messages) => {
    expect(
      leaves(messages).filter(([, value]) => typeof value !== 'string' || value.trim() === ''),
    ).toEqual([])
  })

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: unknown) =>
      [...String(text).matchAll(/\{(\w+)\s*[,}]/g)].map((match) => match[1]).sort()
    const kaLeaves = Object.fromEntries(leaves(ka))
    const mismatched = leaves(en).filter(
      ([key, value]) => placeholders(value).join() !== placeholders(kaLeaves[key]).join(),
    )
    expect(mismatched).toEqual([])
  })

  it('leave no English untranslated in the Georgian file', () => {
    // Placeholder and tag names ({query}, <time>) are code, not text.
    const text = (value: unknown) => String(value).replace(/\{\w+|<\/?\w+>/g, '')
    const latinOnly = leaves(ka).filter(
      ([key, value]) =>
        !key.startsWith('LanguageSwitch.en') &&
        /[A-Za-z]/.test(text(value)) &&
        !/[\u10A0-\u10FF]/.test(text(value)),
    )
    expect(latinOnly).toEqual([])
  })
})

import { slugHistoryAfterPublish } from '@/sanity/actions/slug-history'

describe('slug history on publish', () => {
  it('keeps the replaced slug, so its address can redirect', () => {
    expect(slugHistoryAfterPublish([], 'national-census', 'population-census')).toEqual([
      'national-census',
    ])
    expect(slugHistoryAfterPublish(['a'], 'b', 'c')).toEqual(['a', 'b'])
  })

  it('changes nothing when the slug stays or a document is new', () => {
    expect(slugHistoryAfterPublish(['a'], 'b', 'b')).toBeNull()
    expect(slugHistoryAfterPublish([], undefined, 'new')).toBeNull()
  })

  it('drops a slug the document takes back, and keeps the newest 20', () => {
    expect(slugHistoryAfterPublish(['a', 'b'], 'c', 'a')).toEqual(['b', 'c'])
    const long = Array.from({ length: 20 }, (_, i) => `s${i}`)
    const next = slugHistoryAfterPublish(long, 'current', 'renamed')
    expect(next).toHaveLength(20)
    expect(next?.at(-1)).toBe('current')
    expect(next?.[0]).toBe('s1')
  })
})

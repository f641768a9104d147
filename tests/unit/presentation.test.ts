import { pageLocations, pagePaths } from '@/sanity/locations'

// sanity/presentation.ts wraps these in `defineLocations` (which only types its argument).
describe('Presentation tool locations', () => {
  it('resolves an update to its page in both languages', () => {
    expect(pageLocations(pagePaths.update, { slug: 'handover', title: 'Handover' })).toEqual({
      locations: [
        { title: 'Handover (Georgian (ka))', href: '/ka/updates/handover' },
        { title: 'Handover (English (en))', href: '/en/updates/handover' },
      ],
    })
  })

  it('resolves no location for an update without a slug (never a broken link)', () => {
    expect(pageLocations(pagePaths.update, { title: 'Draft' })).toBeNull()
    expect(pageLocations(pagePaths.update, null)).toBeNull()
  })

  it('still resolves an activity under its project', () => {
    const result = pageLocations(pagePaths.activity, { slug: 'a', projectSlug: 'p', title: 'A' })
    expect(result?.locations[1]?.href).toBe('/en/projects/p/activities/a')
    expect(pageLocations(pagePaths.activity, { slug: 'a' })).toBeNull()
  })
})

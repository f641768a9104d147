import { returnPath } from '@/lib/draft-mode/return-path'

describe('leaving preview', () => {
  const host = 'portal.example.org'

  it('returns to the same page and query, as a relative path', () => {
    expect(returnPath(`https://${host}/en/projects/x?cluster=y`, host)).toBe(
      '/en/projects/x?cluster=y',
    )
    // Behind a reverse proxy the server may think it is on localhost; the path stays the same.
    expect(returnPath('http://localhost:3000/ka', 'localhost:3000')).toBe('/ka')
  })

  it.each([
    ['no Referer', null],
    ['a malformed Referer', 'http://[::1'],
    ['a Referer that is not a URL', 'not a url'],
    ['another site', 'https://evil.example/en'],
    ['a path browsers read as another host', `https://${host}//evil.example/x`],
  ])('goes home for %s', (_name, referer) => {
    expect(returnPath(referer, host)).toBe('/')
  })
})

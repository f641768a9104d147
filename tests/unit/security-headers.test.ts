import { SANITY_IMAGE_CDN } from '@/lib/content/image-origin'
import { publicContentSecurityPolicy, securityHeaders } from '@/lib/security-headers'

/** The directives of a policy, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split('; ').map((entry) => {
      const [name = '', ...sources] = entry.split(' ')
      return [name, sources]
    }),
  )
}

describe('the public pages’ Content Security Policy', () => {
  const policy = directives(publicContentSecurityPolicy())

  it('lets images come from this origin and from Sanity’s image CDN, and nowhere else', () => {
    expect(SANITY_IMAGE_CDN).toBe('https://cdn.sanity.io')
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:', SANITY_IMAGE_CDN])
  })

  it('names no other origin in any directive', () => {
    const remote = [...policy].flatMap(([name, sources]) =>
      sources.filter((source) => /^(https?:|\*)/.test(source)).map((source) => `${name} ${source}`),
    )
    expect(remote).toEqual([`img-src ${SANITY_IMAGE_CDN}`])
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
  })

  it('is the one sent with every page outside the Studio', () => {
    const [pages] = securityHeaders()
    const header = pages?.headers.find((entry) => entry.key === 'Content-Security-Policy')
    expect(header?.value).toBe(publicContentSecurityPolicy())
  })
})

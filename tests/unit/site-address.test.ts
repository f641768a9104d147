import { readBuildEnv } from '@/lib/env/build'
import type * as Site from '@/lib/site'
import {
  LOCAL_SITE_URL,
  isLocalAddress,
  siteUrlFrom,
  siteUrlStartWarnings,
  siteUrlWarning,
} from '@/lib/env/site-url'

/** lib/site.ts as a server built with this environment would load it. */
function siteModuleWith(address: string | undefined): typeof Site {
  const saved = process.env.NEXT_PUBLIC_SITE_URL
  if (address === undefined) delete process.env.NEXT_PUBLIC_SITE_URL
  else process.env.NEXT_PUBLIC_SITE_URL = address
  try {
    let site: typeof Site | undefined
    jest.isolateModules(() => {
      site = jest.requireActual<typeof Site>('@/lib/site')
    })
    if (!site) throw new Error('lib/site did not load')
    return site
  } finally {
    if (saved === undefined) delete process.env.NEXT_PUBLIC_SITE_URL
    else process.env.NEXT_PUBLIC_SITE_URL = saved
  }
}

describe('the site’s address', () => {
  it('defaults to the local development server and drops trailing slashes', () => {
    expect(siteUrlFrom(undefined)).toBe(LOCAL_SITE_URL)
    expect(siteUrlFrom('https://projects.example.org/')).toBe('https://projects.example.org')
  })

  it('builds every absolute URL from the configured address', () => {
    const site = siteModuleWith('https://projects.example.org/')
    expect(site.urlOnSite('/sitemap.xml')).toBe('https://projects.example.org/sitemap.xml')
    expect(site.absoluteUrl('/projects/p', 'en')).toBe('https://projects.example.org/en/projects/p')
    expect(site.alternatesFor('/', 'en')).toEqual({
      canonical: 'https://projects.example.org/en',
      languages: {
        ka: 'https://projects.example.org/ka',
        en: 'https://projects.example.org/en',
        'x-default': 'https://projects.example.org/ka',
      },
    })
  })

  it('falls back to the local address when none is configured', () => {
    expect(siteModuleWith(undefined).urlOnSite('/robots.txt')).toBe(
      'http://localhost:3000/robots.txt',
    )
  })

  it.each([
    ['http://localhost:3000', true],
    ['http://app.localhost', true],
    ['http://127.0.0.1:3307', true],
    ['http://0.0.0.0', true],
    ['http://[::1]:3000', true],
    ['https://projects.example.org', false],
    ['https://localhost.example.org', false],
    ['http://10.0.0.2', false],
  ])('knows whether %s is local (%s)', (url, local) => {
    expect(isLocalAddress(url)).toBe(local)
  })
})

describe('the warning about the site’s address', () => {
  it('names the variable and what it affects when it is unset', () => {
    const warning = siteUrlWarning(undefined)
    expect(warning).toMatch(/NEXT_PUBLIC_SITE_URL is not set/)
    expect(warning).toMatch(/canonical.*Open Graph.*sitemap.*CSV/)
    expect(warning).toContain(LOCAL_SITE_URL)
  })

  it('warns about a local address, and not about a public one', () => {
    expect(siteUrlWarning('http://127.0.0.1:3000/')).toMatch(
      /NEXT_PUBLIC_SITE_URL is a local address \(http:\/\/127\.0\.0\.1:3000\)/,
    )
    expect(siteUrlWarning('https://projects.example.org')).toBeNull()
  })

  it('is what the build reads (next.config.ts prints it)', () => {
    expect(readBuildEnv({}).siteUrlWarning).toBe(siteUrlWarning(undefined))
    expect(readBuildEnv({ NEXT_PUBLIC_SITE_URL: 'https://projects.example.org/' })).toMatchObject({
      siteUrl: 'https://projects.example.org',
      siteUrlWarning: null,
    })
  })

  it('at start, says when the build’s address is local or differs from the one set now', () => {
    expect(siteUrlStartWarnings('https://projects.example.org', undefined)).toEqual([])
    expect(
      siteUrlStartWarnings('https://projects.example.org', 'https://projects.example.org/'),
    ).toEqual([])
    const [local] = siteUrlStartWarnings(LOCAL_SITE_URL, undefined)
    expect(local).toMatch(/NEXT_PUBLIC_SITE_URL is http:\/\/localhost:3000, a local address/)
    const warnings = siteUrlStartWarnings(LOCAL_SITE_URL, 'https://projects.example.org')
    expect(warnings).toHaveLength(2)
    expect(warnings[1]).toMatch(
      /NEXT_PUBLIC_SITE_URL is https:\/\/projects\.example\.org here, but this build uses http:\/\/localhost:3000/,
    )
  })
})

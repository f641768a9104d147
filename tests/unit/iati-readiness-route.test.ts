/**
 * @jest-environment node
 */
import * as readiness from '@/app/api/iati/[project]/readiness/route'

// Outside a request: published content, read without Next's cache.
jest.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }))
jest.mock('next/cache', () => ({ unstable_cache: (read: () => unknown) => read }))

const call = (project: string) =>
  readiness.GET(new Request(`http://localhost/api/iati/${project}/readiness`), {
    params: Promise.resolve({ project }),
  })

describe('the IATI readiness for the Studio', () => {
  it('gives the seed’s report in both languages, as "About this data" words it', async () => {
    const response = await call('secure-borders-safe-migration')
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.publishable).toBe(false)
    expect(body.languages.en.verdict).toBe('IATI export: not yet publishable because')
    expect(body.languages.en.blocking).toContainEqual(
      expect.stringMatching(
        /the identifier XM-DAC-47066-secure-borders-safe-migration is provisional/,
      ),
    )
    expect(body.languages.en.incomplete).toContainEqual(
      expect.stringMatching(/default flow type \(10\) is assumed/),
    )
    expect(body.languages.en.incomplete).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^no transaction is recorded/),
        expect.stringMatching(/^the gender equality policy marker \(OECD DAC, code 1\)/),
      ]),
    )
    expect(body.languages.ka.incomplete).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^არცერთი ტრანზაქცია ჩაწერილი არ არის/),
        expect.stringMatching(/^გენდერული თანასწორობის პოლიტიკის მარკერი/),
      ]),
    )
    expect(body.languages.ka.verdict).toMatch(/ჯერ არ არის გამოსაქვეყნებლად მზად/)
    expect(body.languages.ka.blocking).toHaveLength(body.languages.en.blocking.length)
    expect(body.languages.ka.identifier).toMatch(/\(დროებითი\)$/)
  })

  it('answers 404 for an unknown project', async () => {
    expect((await call('no-such-project')).status).toBe(404)
  })
})

/**
 * @jest-environment node
 */
import { NextRequest } from 'next/server'
import { readServerEnv } from '@/lib/env/server'
import { readWebhookSecret } from '@/lib/revalidation/config'
import { handleWebhook } from '@/lib/revalidation/handle-webhook'
import { NATIONAL_CENSUS_CHANGE, signedHeaders } from '../support/webhook'

const revalidateTag = jest.fn()
jest.mock('next/cache', () => ({ revalidateTag: (...args: unknown[]) => revalidateTag(...args) }))

const SECRET = 'test-webhook-secret-0123456789'
const URL = 'http://localhost/api/revalidate'

let POST: (request: NextRequest) => Promise<Response>
beforeAll(async () => {
  process.env.SANITY_REVALIDATE_SECRET = SECRET
  ;({ POST } = await import('@/app/api/revalidate/route'))
})
beforeEach(() => revalidateTag.mockClear())
jest.spyOn(console, 'info').mockImplementation(() => {})

const activityChange = NATIONAL_CENSUS_CHANGE

async function post(body: string, headers: Record<string, string>) {
  return POST(new NextRequest(URL, { method: 'POST', body, headers }))
}

describe('POST /api/revalidate', () => {
  it('revalidates exactly the tags of a changed activity', async () => {
    const body = JSON.stringify(activityChange)
    const response = await post(body, await signedHeaders(body, SECRET))
    expect(response.status).toBe(200)
    const expected = [
      'projects',
      'project-contents:secure-borders-safe-migration',
      'project-activities:secure-borders-safe-migration',
      'activity:secure-borders-safe-migration:national-census',
      'cluster:secure-borders-safe-migration:migration-data-management',
    ]
    expect((await response.json()).revalidated).toEqual(expected)
    expect(revalidateTag.mock.calls).toEqual(expected.map((tag) => [tag, { expire: 0 }]))
  })

  it.each([
    [
      {
        _id: 'project.x',
        _type: 'project',
        slug: 'new-slug',
        previousSlug: 'old-slug',
        projectSlug: 'new-slug',
      },
      ['routes', 'projects', 'project:new-slug', 'project:old-slug'],
    ],
    [
      { _id: 'objective.x', _type: 'objective', slug: 'o', projectSlug: 'p' },
      ['project-contents:p'],
    ],
    [
      { _id: 'thematicCluster.x', _type: 'thematicCluster', slug: 'c', projectSlug: 'p' },
      ['routes', 'projects', 'project:p'],
    ],
    [
      {
        _id: 'thematicCluster.x',
        _type: 'thematicCluster',
        slug: 'c',
        projectSlug: 'p',
        routesChanged: false,
      },
      ['projects', 'project:p'],
    ],
    [{ _id: 'organization.x', _type: 'organization', slug: 'iom' }, ['organizations']],
    // A result shows on every page of its project; it creates no page of its own.
    [{ _id: 'result.x', _type: 'result', projectSlug: 'p', routesChanged: true }, ['project:p']],
    // A cited page shows wherever facts are sourced.
    [{ _id: 'source.x', _type: 'source', routesChanged: true }, ['sources']],
    [
      {
        ...activityChange,
        clusterSlug: 'reintegration-of-returning-migrants',
        routesChanged: true,
      },
      [
        'routes',
        'projects',
        'project-contents:secure-borders-safe-migration',
        'project-activities:secure-borders-safe-migration',
        'activity:secure-borders-safe-migration:national-census',
        'cluster:secure-borders-safe-migration:reintegration-of-returning-migrants',
        'cluster:secure-borders-safe-migration:migration-data-management',
      ],
    ],
  ])('maps %o to its tags', async (change, tags) => {
    const body = JSON.stringify(change)
    const response = await post(body, await signedHeaders(body, SECRET))
    expect(await response.json()).toMatchObject({ revalidated: tags })
  })

  it.each([
    ['a missing signature', async () => ({ 'content-type': 'application/json' })],
    ['a wrong secret', async (body: string) => signedHeaders(body, 'another-secret-0123456789')],
    [
      'a replayed (old) signature',
      async (body: string) => signedHeaders(body, SECRET, Date.now() - 10 * 60 * 1000),
    ],
    [
      'a signature from the future',
      async (body: string) => signedHeaders(body, SECRET, Date.now() + 10 * 60 * 1000),
    ],
    ['a malformed signature', async () => ({ 'sanity-webhook-signature': 'nonsense' })],
    ['a signature of another body', async () => signedHeaders('{"_id":"x"}', SECRET)],
  ])('refuses %s with 401 and revalidates nothing', async (_name, headers) => {
    const body = JSON.stringify(activityChange)
    const response = await post(body, await headers(body))
    expect(response.status).toBe(401)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it.each([
    ['malformed JSON', '{"_id": '],
    ['an unknown type', JSON.stringify({ _id: 'x', _type: 'post' })],
    ['a bad slug', JSON.stringify({ ...activityChange, slug: '../../etc' })],
  ])('refuses %s with 400 and revalidates nothing', async (_name, body) => {
    const response = await post(body, await signedHeaders(body, SECRET))
    expect(response.status).toBe(400)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('refuses an oversized body with 413 before checking anything', async () => {
    const body = JSON.stringify({ ...activityChange, padding: 'x'.repeat(70 * 1024) })
    const response = await post(body, await signedHeaders(body, SECRET))
    expect(response.status).toBe(413)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('answers 503 and revalidates nothing when no secret is configured', async () => {
    const error = jest.fn()
    const body = JSON.stringify(activityChange)
    const request = new NextRequest(URL, {
      method: 'POST',
      body,
      headers: await signedHeaders(body, SECRET),
    })
    const response = await handleWebhook(request, {
      secret: () => readWebhookSecret(readServerEnv({})),
      revalidate: revalidateTag,
      log: { info: jest.fn(), error },
    })
    expect(response.status).toBe(503)
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining('SANITY_REVALIDATE_SECRET is not set'),
    )
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('answers 400 with one log line when the client aborts mid-body', async () => {
    const info = jest.fn()
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"_id":'))
        controller.error(new Error('aborted'))
      },
    })
    // Node needs `duplex` for a streamed body; the DOM typings do not know it yet.
    const init: RequestInit & { duplex: 'half' } = {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    }
    const request = new Request(URL, init)
    const response = await handleWebhook(request, {
      secret: () => SECRET,
      revalidate: revalidateTag,
      log: { info, error: jest.fn() },
    })
    expect(response.status).toBe(400)
    expect(info).toHaveBeenCalledTimes(1)
    expect(info.mock.calls[0]?.[0]).toMatch(/aborted/)
    expect(revalidateTag).not.toHaveBeenCalled()
  })
})

describe('other methods on /api/revalidate', () => {
  it.each(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE'] as const)(
    '%s answers 405 with Allow: POST and revalidates nothing',
    async (method) => {
      const route = await import('@/app/api/revalidate/route')
      const response = route[method]()
      expect(response.status).toBe(405)
      expect(response.headers.get('allow')).toBe('POST')
      expect(revalidateTag).not.toHaveBeenCalled()
    },
  )
})

/**
 * @jest-environment node
 */
import { handleWebhook } from '@/lib/revalidation/handle-webhook'
import { purgeProxies } from '@/lib/revalidation/purge'
import { NATIONAL_CENSUS_CHANGE, signedHeaders } from '../support/webhook'

const SECRET = 'test-webhook-secret-0123456789'
const silent = { info: () => {}, error: () => {} }

async function webhook() {
  const body = JSON.stringify(NATIONAL_CENSUS_CHANGE)
  return new Request('http://localhost/api/revalidate', {
    method: 'POST',
    body,
    headers: await signedHeaders(body, SECRET),
  })
}

describe('proxy purge', () => {
  it('expires the tags in the shared store before it bans the proxies', async () => {
    const order: string[] = []
    const store = { revalidateTags: async (tags: string[]) => void order.push(`tags ${tags}`) }
    const send = jest.fn(async (url: URL | RequestInfo, init?: RequestInit) => {
      order.push(`${init?.method} ${url}`)
      return new Response('Banned')
    })
    const result = await purgeProxies(['projects'], {
      store,
      proxies: ['http://10.0.0.5:8080', 'http://10.0.0.6:8080/'],
      fetch: send as typeof fetch,
    })
    expect(result).toEqual({ proxies: 2, failed: [] })
    expect(order).toEqual([
      'tags projects',
      'BAN http://10.0.0.5:8080/',
      'BAN http://10.0.0.6:8080/',
    ])
  })

  it('reports each proxy that refused or did not answer', async () => {
    const send = jest.fn(async (url: URL | RequestInfo) => {
      if (String(url).includes('10.0.0.5')) return new Response('no', { status: 403 })
      throw new Error('connect ECONNREFUSED')
    })
    const result = await purgeProxies(['projects'], {
      store: null,
      proxies: ['http://10.0.0.5:8080', 'http://10.0.0.6:8080'],
      fetch: send as typeof fetch,
    })
    expect(result.failed).toEqual([
      'http://10.0.0.5:8080 answered 403',
      'http://10.0.0.6:8080: connect ECONNREFUSED',
    ])
  })

  it('the webhook purges after revalidating, and fails (so Sanity retries) when a purge fails', async () => {
    const order: string[] = []
    const deps = {
      secret: () => SECRET,
      revalidate: (tag: string) => void order.push(`revalidate ${tag}`),
      log: silent,
    }
    const ok = await handleWebhook(await webhook(), {
      ...deps,
      purge: async (tags) => {
        order.push(`purge ${tags.length} tags`)
        return { proxies: 1, failed: [] }
      },
    })
    expect(ok.status).toBe(200)
    expect((await ok.json()).purged).toBe(1)
    expect(order.at(-1)).toBe('purge 5 tags')
    expect(order.slice(0, -1).every((step) => step.startsWith('revalidate'))).toBe(true)

    const failed = await handleWebhook(await webhook(), {
      ...deps,
      purge: async () => ({ proxies: 1, failed: ['http://proxy answered 403'] }),
    })
    expect(failed.status).toBe(502)
    expect((await failed.json()).error).toBe('proxy purge failed')
  })
})

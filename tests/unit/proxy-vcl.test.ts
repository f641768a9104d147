import { readFileSync } from 'node:fs'
import { PAGE_QUERY_PARAMS } from '@/lib/http/query-params'
import { FILTER_PARAMS } from '@/lib/reporting/filter-params'
import { clusterVcl, queryNormalisation, retryBackends } from '@/scripts/cluster/varnish'

describe('the proxy keeps only the query parameters the app reads', () => {
  const vcl = queryNormalisation()
  const kept = (pattern: RegExp) => pattern.exec(vcl)?.[1]?.split('|') ?? []

  it('keeps every list filter and the CSV language on pages, nothing else', () => {
    const pages = kept(/X-Query, "&\(\?!\(\?:([^)]+)\)=\)\[\^&\]\*", ""\);\n {4}\}\n/)
    expect(pages.sort()).toEqual([...PAGE_QUERY_PARAMS].sort())
    expect(pages).toEqual(expect.arrayContaining(Object.values(FILTER_PARAMS)))
    expect(pages).toContain('lang')
    // The updates list's page number: without it every page of the list would be page 1.
    expect(pages).toContain('page')
  })

  it('keeps the image, width and quality on the image optimiser, and no query on build files', () => {
    expect(vcl).toContain('if (req.url ~ "^/_next/image\\?") {')
    expect(vcl).toContain('"&(?!(?:url|w|q)=)[^&]*"')
    expect(vcl).toContain(
      'if (req.url ~ "^/_next/static/") {\n        set req.url = regsub(req.url, "\\?.*$", "");',
    )
  })

  it('is part of the generated cluster.vcl that portal.vcl calls', () => {
    expect(clusterVcl({ instances: ['127.0.0.1:3001'] })).toContain('sub cluster_normalise_query {')
  })
})

describe('an instance that fails mid-load costs no GET or HEAD (issue 23, point 3)', () => {
  const portal = readFileSync('deploy/varnish/portal.vcl', 'utf8')
  const body = (vcl: string, sub: string) => {
    const start = vcl.indexOf(`sub ${sub} {`)
    return start < 0 ? '' : vcl.slice(start, vcl.indexOf('\n}', start) + 2)
  }

  it('retries a failed GET or HEAD on each other instance, never a webhook', () => {
    expect(body(portal, 'vcl_backend_error')).toContain('call cluster_retry;')
    expect(body(portal, 'vcl_backend_fetch')).toContain('call cluster_retry_backend;')
    expect(body(portal, 'vcl_init')).toContain('call cluster_add_fallbacks;')
    const retry = body(retryBackends(3), 'cluster_retry')
    expect(retry).toContain('(bereq.method == "GET" || bereq.method == "HEAD")')
    expect(retry).toContain('bereq.retries < 2')
    expect(retry).toContain(
      'set bereq.http.X-Failed-Instance = regsub(beresp.backend.name, "_unchecked$", "");',
    )
    // A lone instance has nowhere else to go.
    expect(body(retryBackends(1), 'cluster_retry')).toContain('bereq.retries < 0')
  })

  it('sends the retry to the healthy instances after the failed one, never to the failed one', () => {
    const directors = body(retryBackends(3), 'cluster_add_fallbacks')
    const fallbacks = (name: string) =>
      [...directors.matchAll(new RegExp(`after_${name}\\.add_backend\\((\\w+)\\);`, 'g'))].map(
        (match) => match[1],
      )
    // Healthy ones in ring order first; when the probes call them all sick, the same unprobed.
    expect(fallbacks('instance1')).toEqual([
      'instance2',
      'instance3',
      'instance2_unchecked',
      'instance3_unchecked',
    ])
    expect(fallbacks('instance2')).toEqual([
      'instance3',
      'instance1',
      'instance3_unchecked',
      'instance1_unchecked',
    ])
    expect(fallbacks('instance3')).not.toContain('instance3')
    expect(fallbacks('instance3')).not.toContain('instance3_unchecked')
    expect(directors).toContain('new after_instance1 = directors.fallback();')
    const pick = body(retryBackends(3), 'cluster_retry_backend')
    expect(pick).toContain(
      'if (bereq.http.X-Failed-Instance == "instance2") {\n        set bereq.backend = after_instance2.backend();',
    )
  })

  it('tries an instance anyway when the probes call every one sick', () => {
    expect(body(portal, 'vcl_backend_fetch')).toContain(
      'if (!std.healthy(bereq.backend)) {\n        set bereq.backend = unchecked.backend();',
    )
    const vcl = clusterVcl({ instances: ['127.0.0.1:3001', '127.0.0.1:3002'] })
    const unchecked = /backend instance2_unchecked \{[^}]*\}/.exec(vcl)?.[0]
    expect(unchecked).toContain('.port = "3002";')
    expect(unchecked).not.toContain('.probe')
    expect(body(vcl, 'cluster_add_fallbacks')).toContain(
      'new unchecked = directors.round_robin();\n    unchecked.add_backend(instance1_unchecked);\n    unchecked.add_backend(instance2_unchecked);',
    )
  })

  it('probes /api/health twice a second and drops an instance after two failures', () => {
    const probe = /probe instance_health \{[^}]*\}/.exec(
      clusterVcl({ instances: ['127.0.0.1:3001'] }),
    )?.[0]
    expect(probe).toContain('.url = "/api/health";')
    expect(probe).toContain('.interval = 500ms;')
    expect(probe).toMatch(/\.window = 3;\s+\.threshold = 2;/)
  })
})

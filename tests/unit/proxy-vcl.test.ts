import { PAGE_QUERY_PARAMS } from '@/lib/http/query-params'
import { FILTER_PARAMS } from '@/lib/reporting/filter-params'
import { clusterVcl, queryNormalisation } from '@/scripts/cluster/varnish'

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

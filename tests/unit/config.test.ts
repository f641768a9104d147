import {
  ConfigurationError,
  DEFAULT_DATASET_PATH,
  readContentConfig,
  SANITY_API_VERSION,
} from '@/lib/content/config'

const env = (vars: Record<string, string>) => ({ NODE_ENV: 'test' as const, ...vars })

describe('content configuration', () => {
  it('uses the embedded dataset when no project id is set', () => {
    expect(readContentConfig(env({}))).toEqual({
      kind: 'embedded',
      datasetPath: DEFAULT_DATASET_PATH,
    })
    expect(
      readContentConfig(
        env({ NEXT_PUBLIC_SANITY_PROJECT_ID: '', CONTENT_DATASET_PATH: '/tmp/x.ndjson' }),
      ),
    ).toEqual({
      kind: 'embedded',
      datasetPath: '/tmp/x.ndjson',
    })
  })

  it('uses Sanity with a pinned API version when a project id is set', () => {
    expect(
      readContentConfig(
        env({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123', SANITY_API_READ_TOKEN: 'sk'.repeat(20) }),
      ),
    ).toMatchObject({
      kind: 'sanity',
      projectId: 'abc123',
      dataset: 'production',
      apiVersion: SANITY_API_VERSION,
      useCdn: false,
    })
  })

  it.each([
    ['NEXT_PUBLIC_SANITY_PROJECT_ID', 'Not An Id!'],
    ['NEXT_PUBLIC_SANITY_DATASET', 'Prod Data'],
    ['SANITY_API_HOST', 'ftp://example'],
    ['SANITY_USE_CDN', 'yes'],
    ['SANITY_API_READ_TOKEN', 'short'],
  ])('names the bad variable %s', (name, value) => {
    const read = () =>
      readContentConfig(env({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123', [name]: value }))
    expect(read).toThrow(ConfigurationError)
    expect(read).toThrow(new RegExp(name))
  })
})

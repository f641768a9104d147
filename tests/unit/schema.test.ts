import { groupProblems, validateSchema } from '@sanity/schema/_internal'
import { schemaTypes } from '@/sanity/schemaTypes'

describe('Sanity schema', () => {
  const problems = groupProblems(validateSchema(schemaTypes).getTypes())
  const errors = problems.flatMap((group) =>
    group.problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => `${group.path.map((p) => p.name).join('.')}: ${problem.message}`),
  )

  it('compiles with Sanity schema validation and no errors', () => {
    expect(errors).toEqual([])
  })

  it('defines the portal document types', () => {
    const documents = schemaTypes
      .filter((type) => type.type === 'document')
      .map((type) => type.name)
    expect(documents.sort()).toEqual([
      'activity',
      'objective',
      'organization',
      'project',
      'result',
      'siteSettings',
      'source',
      'thematicCluster',
      'update',
    ])
  })

  const fieldsOf = (name: string) =>
    schemaTypes
      .filter((type) => type.name === name)
      .flatMap((type) => ('fields' in type && Array.isArray(type.fields) ? type.fields : []))
      .map((field: { name: string; type: string }) => `${field.name}:${field.type}`)

  it('gives an update the contract fields', () => {
    expect(fieldsOf('update')).toEqual(
      expect.arrayContaining([
        'title:localeString',
        'slug:slug',
        'publishedAt:datetime',
        'summary:localeText',
        'body:localeBlockContent',
        'mainImage:portalImage',
        'project:reference',
        'activities:array',
      ]),
    )
  })

  it('gives the site settings a name, logos, contact, social links and footer text', () => {
    expect(fieldsOf('siteSettings')).toEqual([
      'name:localeString',
      'organization:localeString',
      'logo:object',
      'contact:object',
      'socialLinks:array',
      'footerText:localeText',
    ])
  })
})

it('reports errors for a broken type (so the check above can fail)', () => {
  const broken = [
    { name: 'broken', type: 'document', fields: [{ name: 'a', type: 'doesNotExist' }] },
  ]
  const brokenProblems = groupProblems(validateSchema(broken).getTypes())
  expect(
    brokenProblems
      .flatMap((group) => group.problems)
      .some((problem) => problem.severity === 'error'),
  ).toBe(true)
})

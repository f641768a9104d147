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
      'source',
      'thematicCluster',
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

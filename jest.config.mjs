import nextJest from 'next/jest.js'

const createJestConfig = nextJest({ dir: './' })

const shared = {
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    '^server-only$': '<rootDir>/tests/support/empty.js',
  },
  setupFilesAfterEnv: ['<rootDir>/tests/support/setup.ts'],
}

const unit = await createJestConfig({
  ...shared,
  displayName: 'unit',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
})()

const components = await createJestConfig({
  ...shared,
  displayName: 'components',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/tests/components/**/*.test.tsx'],
})()

// Sanity, groq and many of their dependencies ship ES modules only, and Jest on Node 20 cannot
// require() them: compile everything (cached after the first run) instead of keeping a list.
// TypeScript's compiler is CommonJS already, and too large for SWC (tests/unit/code-shape.test.ts).
const transformIgnorePatterns = ['/node_modules/typescript/']

/** next/jest's SWC transform, behind a shim that makes ESM-only packages loadable (see the file). */
function withEsmShim(config) {
  const transform = Object.fromEntries(
    Object.entries(config.transform).map(([pattern, value]) =>
      Array.isArray(value) && String(value[0]).includes('jest-transformer')
        ? [pattern, ['<rootDir>/tests/support/esm-transformer.cjs', value[1]]]
        : [pattern, value],
    ),
  )
  return { ...config, transform, transformIgnorePatterns }
}

const config = {
  // Jest's default of 5 s per test is a speed threshold: tests that run Sanity's validation, xmllint
  // or a child process took longer than that on a two-core machine busy with other work. 60 s still
  // stops a test that hangs; how fast things are is measured in bench/, not here. (A global option:
  // Jest ignores it inside a project.)
  testTimeout: 60_000,
  projects: [withEsmShim(unit), withEsmShim(components)],
}

export default config

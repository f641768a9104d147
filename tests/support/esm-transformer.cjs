// Jest (before Node 24.9) loads ES-module-only packages such as `sanity` by compiling them to
// CommonJS with Next's SWC transformer. `import.meta` has no CommonJS form, so it is replaced
// first: Sanity reads it only for Vite's dev server (`import.meta.hot`, `import.meta.env`).
const { createTransformer } = require('next/dist/build/swc/jest-transformer')

module.exports = {
  createTransformer(options) {
    const swc = createTransformer(options)
    return {
      process(source, filename, jestOptions) {
        const cjsSafe = filename.includes('/node_modules/')
          ? source
              .replace(/\bimport\.meta\.hot\b/g, 'undefined')
              .replace(/\bimport\.meta\.env\b/g, '({})')
              .replace(
                /\bimport\.meta\b/g,
                '({ url: require("url").pathToFileURL(__filename).href })',
              )
          : source
        return swc.process(cjsSafe, filename, jestOptions)
      },
    }
  },
}

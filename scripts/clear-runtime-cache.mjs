// Runs before every build: removes what an older build's server cached at run time in the same
// build directory (Next keeps `cache/fetch-cache` and `server/route-cache` across builds, and
// would serve a new build data and pages cached by the old one), and the content fallback store,
// which the new build fills again.
import { rmSync } from 'node:fs'
import path from 'node:path'

const distDir = process.env.NEXT_DIST_DIR || '.next'
for (const entry of ['cache/fetch-cache', 'server/route-cache', 'cache/portal-last-good']) {
  rmSync(path.join(import.meta.dirname, '..', distDir, entry), { recursive: true, force: true })
}

import { existsSync } from 'node:fs'
import path from 'node:path'

/**
 * A file of the shared material (`../shared`: the source page, IATI's schema and rulesets). It sits
 * beside the checkout, which may itself be nested (a git worktree), so the nearest ancestor that
 * has a `shared/` folder wins.
 */
export function sharedPath(...parts: string[]): string {
  let dir = process.cwd()
  for (;;) {
    const candidate = path.join(dir, '..', 'shared', ...parts)
    if (existsSync(candidate)) return candidate
    const parent = path.dirname(dir)
    if (parent === dir) return path.join(process.cwd(), '..', 'shared', ...parts)
    dir = parent
  }
}

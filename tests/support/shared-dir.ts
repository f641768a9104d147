import { existsSync } from 'node:fs'
import path from 'node:path'

/**
 * The project's shared folder (IATI schema, source texts) beside the checkout: `../shared` for the
 * main checkout, `../../shared` for a git worktree under `../wt/<name>`; SHARED_DIR overrides both.
 */
export const SHARED_DIR =
  process.env.SHARED_DIR ??
  [path.join(process.cwd(), '..', 'shared'), path.join(process.cwd(), '..', '..', 'shared')].find(
    (dir) => existsSync(dir),
  ) ??
  path.join(process.cwd(), '..', 'shared')

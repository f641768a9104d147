/**
 * Runs once when a server starts: a bad environment variable stops it here, with a message naming
 * the variable, instead of failing on the first request that needs it.
 */
export async function register() {
  const { checkServerConfiguration } = await import('./lib/env/startup')
  checkServerConfiguration()
}

// @ts-check
/**
 * Debian's Chromium as every browser test, screenshot and benchmark here launches it: one path
 * (CHROMIUM_PATH moves it) and one set of flags for a sandboxed machine without a GPU or network.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

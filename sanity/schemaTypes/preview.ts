/** List previews show the Georgian title with the English one under it, so editors spot gaps. */
export function bilingualTitle(ka: unknown, en: unknown, fallback: string) {
  const kaText = typeof ka === 'string' && ka.trim() ? ka : null
  const enText = typeof en === 'string' && en.trim() ? en : null
  return {
    title: kaText ?? enText ?? fallback,
    subtitle: kaText && enText ? enText : kaText ? '⚠ English missing' : '⚠ Georgian missing',
  }
}

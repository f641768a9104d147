/** List previews show the Georgian title with the English one under it, so editors spot gaps. */
export function bilingualTitle(ka: unknown, en: unknown, fallback: string) {
  const kaText = typeof ka === 'string' && ka.trim() ? ka : null
  const enText = typeof en === 'string' && en.trim() ? en : null
  return {
    title: kaText ?? enText ?? fallback,
    subtitle: kaText && enText ? enText : kaText ? '⚠ English missing' : '⚠ Georgian missing',
  }
}

type Selection = Record<string, unknown>

/** The list preview of a type whose localised `field` names it (`title` unless given). */
export function bilingualPreview(fallback: string, field = 'title') {
  return {
    select: { ka: `${field}.ka`, en: `${field}.en` },
    prepare: ({ ka, en }: Selection) => bilingualTitle(ka, en, fallback),
  }
}

/** The same with the order number in front, as the site numbers them ("3. Title"). */
export function numberedPreview(fallback: string) {
  return {
    select: { ka: 'title.ka', en: 'title.en', order: 'order' },
    prepare: ({ ka, en, order }: Selection) => {
      const preview = bilingualTitle(ka, en, fallback)
      return { ...preview, title: `${String(order ?? '?')}. ${preview.title}` }
    },
  }
}

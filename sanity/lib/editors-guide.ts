import type { Locale } from '../../lib/i18n/routing'

/**
 * Where the editors' guide is read: app/studio/editors-guide/[lang], rendered from
 * docs/editors-guide.<lang>.md. Linked from the Studio's Guide tool and from the setup notice.
 */
export const editorsGuidePath = (locale: Locale) => `/studio/editors-guide/${locale}`

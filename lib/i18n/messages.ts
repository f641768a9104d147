import en from '@/messages/en.json'
import ka from '@/messages/ka.json'
import type { Locale } from './routing'

/**
 * Both message files, checked against each other at compile time: a key missing from either
 * file fails `tsc` (the runtime parity test also catches empty strings).
 */
export const messages = { ka: ka satisfies typeof en, en: en satisfies typeof ka } satisfies Record<
  Locale,
  typeof en
>

import { render } from '@testing-library/react'
import { NextIntlClientProvider } from 'next-intl'
import type { ReactElement } from 'react'
import { messages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/routing'

/** Renders a component as the app does: inside next-intl's provider with the real messages. */
export function renderIn(locale: Locale, ui: ReactElement) {
  return render(
    <NextIntlClientProvider locale={locale} messages={messages[locale]} timeZone="UTC">
      {ui}
    </NextIntlClientProvider>,
  )
}

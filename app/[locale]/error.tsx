'use client'

import { useTranslations } from 'next-intl'

export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  const t = useTranslations('Error')
  return (
    <div className="container prose" role="alert">
      <h1>{t('title')}</h1>
      <p>{t('description')}</p>
      <button type="button" onClick={reset}>
        {t('retry')}
      </button>
    </div>
  )
}

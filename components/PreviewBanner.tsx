import { useTranslations } from 'next-intl'

/** Shown only in draft mode: editors must never mistake a preview for the public page. */
export function PreviewBanner() {
  const t = useTranslations('Preview')
  return (
    <div className="preview-banner" role="status">
      <div className="container preview-banner__inner">
        <p>{t('notice')}</p>
        <form method="post" action="/api/draft-mode/disable">
          <button type="submit">{t('exit')}</button>
        </form>
      </div>
    </div>
  )
}

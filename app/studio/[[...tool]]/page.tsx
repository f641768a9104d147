import type { Metadata } from 'next'
import { NextStudio } from 'next-sanity/studio'
import { georgian } from '@/app/fonts'
import { StudioSetupNotice } from '@/components/StudioSetupNotice'
import config from '@/sanity.config'
import { isStudioConfigured } from '@/sanity/env'
import { editorsGuidePath } from '@/sanity/lib/editors-guide'
import { messages } from '@/lib/i18n/messages'

export const dynamic = 'force-static'

// The Studio renames the tab once it runs; the setup notice needs its own title.
export const metadata: Metadata = {
  title: isStudioConfigured
    ? config.title
    : `${messages.ka.StudioSetup.title} · ${messages.en.StudioSetup.title}`,
}

export default function StudioPage() {
  if (!isStudioConfigured) {
    return (
      <div className={georgian.variable}>
        <StudioSetupNotice guideHref={editorsGuidePath} />
      </div>
    )
  }
  return <NextStudio config={config} />
}

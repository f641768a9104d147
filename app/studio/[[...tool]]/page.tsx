import { NextStudio } from 'next-sanity/studio'
import { georgian } from '@/app/fonts'
import { StudioSetupNotice } from '@/components/StudioSetupNotice'
import config from '@/sanity.config'
import { isStudioConfigured } from '@/sanity/env'
import { editorsGuidePath } from '@/sanity/lib/editors-guide'

export const dynamic = 'force-static'

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

import { NextStudio } from 'next-sanity/studio'
import config from '@/sanity.config'
import { isStudioConfigured } from '@/sanity/env'

export const dynamic = 'force-static'

export default function StudioPage() {
  if (!isStudioConfigured) {
    return (
      <main
        style={{
          fontFamily: 'system-ui, sans-serif',
          maxWidth: '40rem',
          margin: '4rem auto',
          padding: '0 1rem',
        }}
      >
        <h1>Sanity Studio is not configured</h1>
        <p>
          Set <code>NEXT_PUBLIC_SANITY_PROJECT_ID</code> (and optionally{' '}
          <code>NEXT_PUBLIC_SANITY_DATASET</code>) and rebuild to edit content here. Without them
          the portal serves the embedded dataset in <code>sanity/seed/</code>.
        </p>
      </main>
    )
  }
  return <NextStudio config={config} />
}

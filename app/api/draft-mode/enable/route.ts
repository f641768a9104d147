import { defineEnableDraftMode } from 'next-sanity/draft-mode'
import { NextResponse } from 'next/server'
import { configuredBackend } from '@/lib/content'
import { createSanityClient } from '@/lib/content/backends/sanity'
import { methodsNotAllowed } from '@/lib/method-not-allowed'

export const dynamic = 'force-dynamic'

/**
 * Entry point of the Studio's Presentation tool: Sanity's toolkit checks the preview URL secret
 * (created by the Studio, stored in the dataset) and only then turns draft mode on.
 */
export async function GET(request: Request) {
  const config = configuredBackend()
  if (config.kind !== 'sanity' || !config.token) {
    return NextResponse.json(
      {
        error:
          'Preview needs a Sanity project (NEXT_PUBLIC_SANITY_PROJECT_ID) and SANITY_API_READ_TOKEN',
      },
      { status: 404 },
    )
  }
  const { GET: enable } = defineEnableDraftMode({ client: createSanityClient(config) })
  return enable(request)
}

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed('/api/draft-mode/enable')

import { configuredBackend } from '@/lib/content'
import { embeddedAsset } from '@/lib/content/backends/embedded'
import { methodsNotAllowed } from '@/lib/method-not-allowed'
import { mediaResponse } from '@/lib/media/embedded-media'

/**
 * The embedded dataset's images and files (lib/media/embedded-media.ts): `/media/<asset id>.<ext>`.
 * With the Content Lake, images come from Sanity's CDN and nothing is served here.
 */
export async function GET(_request: Request, { params }: RouteContext<'/media/[file]'>) {
  const { file } = await params
  const config = configuredBackend()
  const lookup = async (id: string) =>
    config.kind === 'embedded' ? embeddedAsset(config.datasetPath, id) : null
  return mediaResponse(file, lookup)
}

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed('/media/[file]')

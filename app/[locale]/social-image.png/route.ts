import { methodsNotAllowed } from '@/lib/method-not-allowed'
import {
  socialImageParams,
  socialImageRoute,
  socialImageSubjects,
} from '@/lib/social-image/response'

// The social preview image of the portal (lib/social-image/response.tsx), cached like its page.
export const revalidate = 3600
export const generateStaticParams = socialImageParams.site
export const GET = socialImageRoute(socialImageSubjects.site)
export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed('/[locale]/social-image.png')

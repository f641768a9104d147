import { methodsNotAllowed } from '@/lib/method-not-allowed'
import {
  socialImageParams,
  socialImageRoute,
  socialImageSubjects,
} from '@/lib/social-image/response'

// The social preview image of a cluster's page (lib/social-image/response.tsx), cached like its page.
export const revalidate = 3600
export const generateStaticParams = socialImageParams.cluster
export const GET = socialImageRoute(socialImageSubjects.cluster)
export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(
  '/[locale]/projects/[project]/clusters/[cluster]/social-image.png',
)

import { methodsNotAllowed } from '@/lib/method-not-allowed'
import {
  socialImageParams,
  socialImageRoute,
  socialImageSubjects,
} from '@/lib/social-image/response'

// The social preview image of an activity's page (lib/social-image/response.tsx), cached like its page.
export const revalidate = 3600
export const generateStaticParams = socialImageParams.activity
export const GET = socialImageRoute(socialImageSubjects.activity)
export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(
  '/[locale]/projects/[project]/activities/[activity]/social-image.png',
)

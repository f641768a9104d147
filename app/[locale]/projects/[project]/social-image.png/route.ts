import { methodsNotAllowed } from '@/lib/method-not-allowed'
import {
  socialImageParams,
  socialImageRoute,
  socialImageSubjects,
} from '@/lib/social-image/response'

// The social preview image of a project's pages (lib/social-image/response.tsx), cached like its page.
export const revalidate = 3600
export const generateStaticParams = socialImageParams.project
export const GET = socialImageRoute(socialImageSubjects.project)
export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(
  '/[locale]/projects/[project]/social-image.png',
)

import {
  socialImageParams,
  socialImageRoute,
  socialImageSubjects,
} from '@/lib/social-image/response'

// The social preview image of the portal (lib/social-image/response.tsx), generated like its page: route
// handlers are rendered per request unless forced static. It exports GET alone, as Next
// prerenders no route with other methods (the request guard refuses them:
// lib/http/route-methods.mjs).
export const revalidate = 3600
export const dynamic = 'force-static'
export const generateStaticParams = socialImageParams.site
export const GET = socialImageRoute(socialImageSubjects.site)

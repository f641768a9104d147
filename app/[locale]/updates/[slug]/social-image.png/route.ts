import { socialImageRoutes } from '@/lib/social-image/response'

// The social preview image of an update without a photo, generated like its page
// (lib/social-image/response.tsx): forced static, GET alone (Next prerenders no route with other
// methods; the request guard refuses them, lib/http/route-methods.mjs).
export const revalidate = 3600
export const dynamic = 'force-static'
export const { generateStaticParams, GET } = socialImageRoutes.update

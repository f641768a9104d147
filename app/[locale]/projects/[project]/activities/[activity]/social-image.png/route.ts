import { socialImageRoutes } from '@/lib/social-image/response'

// The social preview image of an activity's page, generated like its page (lib/social-image/response.tsx):
// forced static, GET alone (Next prerenders no route with other methods; the request guard
// refuses them, lib/http/route-methods.mjs).
export const revalidate = 3600
export const dynamic = 'force-static'
export const { generateStaticParams, GET } = socialImageRoutes.activity

import { updatesFeedRoute } from '@/lib/site/feed-route'

// The Atom feed of the updates in one language: generated like a page and cached until the next
// scheduled update at most (its read says so); GET alone (Next prerenders no route with other
// methods; the request guard refuses them, lib/http/route-methods.mjs).
export const revalidate = 3600
export const dynamic = 'force-static'
export const { generateStaticParams, GET } = updatesFeedRoute

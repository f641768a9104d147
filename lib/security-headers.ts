/**
 * HTTP security headers, set in next.config.ts so that static pages stay static.
 *
 * Scripts need 'unsafe-inline': Next inlines each page's React Server Components payload in
 * <script> tags, and the only alternative, a per-request nonce, turns static generation off (every
 * page would render on every request). No 'unsafe-eval', and on public pages no third-party origin
 * but Sanity's image CDN, for images only.
 */
import { SANITY_IMAGE_CDN } from './content/image-origin'

type Policy = Record<string, string[]>

const serialize = (policy: Policy) =>
  Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ')

export function publicContentSecurityPolicy({ development = false } = {}): string {
  return serialize({
    'default-src': ["'self'"],
    // React's dev tooling evaluates code; production never does.
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    // Photos: online from Sanity's image CDN (the one other origin), offline from this origin
    // (components/media/image-attributes.ts); `data:` for their blurred placeholders.
    'img-src': ["'self'", 'data:', 'blob:', SANITY_IMAGE_CDN],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(development ? ['ws:'] : [])],
    'frame-src': ["'none'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    // Only the Studio's Presentation tool (same origin, /studio) may show the site in a frame.
    'frame-ancestors': ["'self'"],
  })
}

/** The Studio talks to Sanity's APIs (HTTPS and WebSocket) and shows the site in a frame. */
export function studioContentSecurityPolicy(): string {
  return serialize({
    'default-src': ["'self'"],
    // Sanity Studio's bundle and plugins compile code at run time (e.g. GROQ in Vision).
    'script-src': ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': [
      "'self'",
      'data:',
      'blob:',
      'https://cdn.sanity.io',
      'https://*.sanity.io',
      'https://lh3.googleusercontent.com',
    ],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", 'https://*.sanity.io', 'wss://*.sanity.io'],
    'frame-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'"],
  })
}

const common = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value:
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

/**
 * The `headers()` entries of next.config.ts: one policy for the Studio, one for everything else,
 * and for the build's own files (scripts, styles, fonts) only what a subresource heeds. A policy
 * governs the document that loads them; sent with each of a page's ~15 files it cost ~0.8 kB
 * apiece, ~10 kB of a page's first load.
 */
export function securityHeaders({ development = false } = {}) {
  return [
    {
      source: '/:path((?!studio(?:/|$)|_next/static/).*)',
      headers: [
        ...common,
        { key: 'Content-Security-Policy', value: publicContentSecurityPolicy({ development }) },
      ],
    },
    {
      source: '/_next/static/:path*',
      headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }],
    },
    {
      source: '/studio/:path*',
      headers: [
        ...common,
        { key: 'Content-Security-Policy', value: studioContentSecurityPolicy() },
      ],
    },
  ]
}

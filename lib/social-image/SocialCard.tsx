import { EU_BLUE, EU_GOLD, EU_STARS_PATH } from '@/components/EuEmblem'
import { SOCIAL_IMAGE_FONT_FAMILY } from './fonts'

/** Open Graph's recommended size (1.91:1), which Facebook, LinkedIn and X all crop the least. */
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 }

/** The portal's IOM blue and text colours (app/styles/tokens.css; Satori cannot read CSS). */
const BRAND = '#0033a0'
const TEXT = '#1b1f24'
const MUTED = '#4a5562'

/** Titles longer than this are cut at a word (the page itself shows the whole title). */
const MAX_TITLE = 150

/** Georgian letters are wider than Latin ones: long titles get a smaller size to stay in frame. */
const titleSize = (length: number) => (length > 90 ? 44 : length > 50 ? 54 : 68)

export type SocialCardText = {
  /** The page's subject: a project's, cluster's or activity's name, or the portal's. */
  title: string
  /** What the subject belongs to (a cluster's or activity's project), if anything. */
  context: string | null
  organization: string
  portal: string
  /** "Funded by the European Union" with the emblem, only where every page says it. */
  euStatement: string | null
}

function shortened(text: string): string {
  if (text.length <= MAX_TITLE) return text
  const cut = text.slice(0, MAX_TITLE)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_TITLE - 20)).trimEnd()}…`
}

function EuFundingMark({ statement }: { statement: string }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 20 }}>
      <svg width={96} height={64} viewBox="0 0 30 20">
        <rect width="30" height="20" fill={EU_BLUE} />
        <path d={EU_STARS_PATH} fill={EU_GOLD} />
      </svg>
      <span style={{ fontSize: 30, fontWeight: 700, color: TEXT }}>{statement}</span>
    </div>
  )
}

/** The social preview image of a page, as Satori (next/og) draws it: flexbox and inline styles. */
export function SocialCard({ title, context, organization, portal, euStatement }: SocialCardText) {
  const shown = shortened(title)
  return (
    <div
      style={{
        ...SOCIAL_IMAGE_SIZE,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: '#ffffff',
        borderTop: `24px solid ${BRAND}`,
        padding: '44px 72px 52px',
        fontFamily: SOCIAL_IMAGE_FONT_FAMILY,
        color: TEXT,
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
        <span style={{ fontSize: 30, fontWeight: 700, color: BRAND }}>{organization}</span>
        <span style={{ fontSize: 26, color: MUTED }}>{portal}</span>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 20 }}>
        {context && <div style={{ display: 'flex', fontSize: 30, color: MUTED }}>{context}</div>}
        <div
          style={{
            display: 'flex',
            fontSize: titleSize(shown.length),
            fontWeight: 700,
            lineHeight: 1.2,
          }}
        >
          {shown}
        </div>
      </div>
      {euStatement ? <EuFundingMark statement={euStatement} /> : <div style={{ height: 64 }} />}
    </div>
  )
}

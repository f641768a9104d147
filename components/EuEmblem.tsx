/**
 * The EU flag: twelve gold five-pointed stars in a circle on blue (3:2), drawn from its geometry
 * (stars of radius 1/18 of the height on a circle of radius 1/3, one point up). One path holds
 * all twelve stars: the emblem appears twice on every page, in the HTML and in its RSC payload.
 */
const STAR_RADIUS = 20 / 18
const INNER_RADIUS = STAR_RADIUS * 0.382

const corners = Array.from({ length: 10 }, (_, i) => {
  const radius = i % 2 === 0 ? STAR_RADIUS : INNER_RADIUS
  const angle = (Math.PI / 5) * i - Math.PI / 2
  return [radius * Math.cos(angle), radius * Math.sin(angle)] as const
})
const fixed = (n: number) => n.toFixed(2).replace(/^(-?)0\./, '$1.')
/** One star as relative moves from its top point, the same for all twelve. */
const STAR_OUTLINE = corners
  .slice(1)
  .map(([x, y], i) => {
    const [px, py] = corners[i]!
    return `l${fixed(x - px)} ${fixed(y - py)}`
  })
  .join('')
/** The twelve stars in the flag's 30×20 box (the social preview images draw it too). */
export const EU_STARS_PATH = Array.from({ length: 12 }, (_, i) => {
  const angle = (Math.PI / 6) * i
  const x = 15 + (20 / 3) * Math.sin(angle)
  const y = 10 - (20 / 3) * Math.cos(angle) - STAR_RADIUS
  return `M${x.toFixed(2)} ${y.toFixed(2)}${STAR_OUTLINE}z`
}).join('')

/** The flag's colours: reflex blue and yellow. */
export const EU_BLUE = '#039'
export const EU_GOLD = '#fc0'

export function EuEmblem({ title, className }: { title: string; className?: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 30 20"
      role="img"
      aria-label={title}
      width="60"
      height="40"
    >
      <rect width="30" height="20" fill={EU_BLUE} />
      <path d={EU_STARS_PATH} fill={EU_GOLD} />
    </svg>
  )
}

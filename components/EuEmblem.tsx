/** The EU flag: twelve gold five-pointed stars in a circle on blue (3:2), drawn from its geometry. */
const STAR_POINTS = Array.from({ length: 10 }, (_, i) => {
  const radius = i % 2 === 0 ? 1 : 0.382
  const angle = (Math.PI / 5) * i - Math.PI / 2
  return `${(radius * Math.cos(angle)).toFixed(3)},${(radius * Math.sin(angle)).toFixed(3)}`
}).join(' ')

const STARS = Array.from({ length: 12 }, (_, i) => {
  const angle = (Math.PI / 6) * i
  return { x: 15 + 6.667 * Math.sin(angle), y: 10 - 6.667 * Math.cos(angle) }
})

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
      <rect width="30" height="20" fill="#003399" />
      {STARS.map(({ x, y }, i) => (
        <polygon
          key={i}
          points={STAR_POINTS}
          fill="#FFCC00"
          transform={`translate(${x.toFixed(3)} ${y.toFixed(3)}) scale(1.111)`}
        />
      ))}
    </svg>
  )
}

/**
 * A simple line icon (24 × 24, stroked with the text colour) for a thematic cluster, chosen by the
 * cluster's slug; clusters without their own icon get a generic one. Decorative: the cluster's
 * title always stands next to it.
 */
const ICONS = {
  // A shield with a tick: border management.
  border: 'M12 3l7.5 3v5.5c0 4.4-3.1 8.3-7.5 9.5-4.4-1.2-7.5-5.1-7.5-9.5V6zM8.5 12l2.5 2.5 4.5-5',
  // A magnifier over a route: irregular migration and cross-border crime.
  investigation: 'M10.5 3.5a7 7 0 1 0 0 14 7 7 0 0 0 0-14zM15.5 15.5l5 5M7 12.5l2.5-3 2 2 2.5-3',
  // A house with an arrow coming home: reintegration of returning migrants.
  return: 'M3.5 11L12 4l8.5 7M6 9.5V20h12V9.5M2 16h7m-2.5-2.5L9 16l-2.5 2.5',
  // Bars of a chart: migration data.
  data: 'M4 20h16M7 20v-6M12 20V5M17 20v-9',
  // Stacked layers: any other cluster.
  cluster: 'M12 4l8.5 4.5L12 13 3.5 8.5zM3.5 12.5L12 17l8.5-4.5M3.5 16.5L12 21l8.5-4.5',
} as const

const BY_SLUG: Record<string, keyof typeof ICONS> = {
  'integrated-border-management': 'border',
  'irregular-migration-and-cross-border-crime': 'investigation',
  'reintegration-of-returning-migrants': 'return',
  'migration-data-management': 'data',
}

export function ClusterIcon({ slug }: { slug: string }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={ICONS[BY_SLUG[slug] ?? 'cluster']} />
    </svg>
  )
}

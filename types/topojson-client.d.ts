// topojson-client 3 ships no types: `feature`, as its README documents it.
declare module 'topojson-client' {
  export function feature(topology: unknown, object: unknown): unknown
}

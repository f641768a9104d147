// topojson-client 3 ships no types: `feature`, as its README documents it.
declare module 'topojson-client' {
  export function feature(topology: unknown, object: unknown): unknown
}
declare module 'topojson-client' {
  export function mesh(
    topology: unknown,
    object: unknown,
    filter?: (a: { properties: { name: string } }, b: { properties: { name: string } }) => boolean,
  ): unknown
}

/** Titles from this length on get the smaller heading size: long cluster and activity titles. */
export const LONG_TITLE = 90

/** The class of an h1 for a title of this text: long ones step down a size (see base.css). */
export function headingClass(title: string): string | undefined {
  return title.length >= LONG_TITLE ? 'h1--long' : undefined
}

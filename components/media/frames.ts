/**
 * Where photos appear and how wide: one definition per place, so the `sizes` a page sends match
 * the CSS that lays the photo out (app/styles/layout.css `.container`, components.css `.narrow`,
 * app/styles/media.css for the gallery's columns).
 */
import type { ImageFrame } from './ContentImage'

/** A project overview's photo: a wide band across the hero, under the title and key figures. */
export const PROJECT_HERO_FRAME: ImageFrame = {
  aspect: 3,
  sizes: '(min-width: 86rem) 82rem, 100vw',
}

/** A cluster's or activity's photo, under its title in the text column (`.narrow`, 50rem). */
export const PAGE_PHOTO_FRAME: ImageFrame = {
  aspect: 3 / 2,
  sizes: '(min-width: 54rem) 50rem, 100vw',
}

/** Gallery photos share one shape so the grid's rows line up; two columns from 40rem, three from 64rem. */
export const GALLERY_FRAME: ImageFrame = {
  aspect: 3 / 2,
  sizes: '(min-width: 86rem) 27rem, (min-width: 64rem) 33vw, (min-width: 40rem) 50vw, 100vw',
}

import { z } from 'zod'
import { perLocale } from './primitives'
import { newestOf } from './routes'

/**
 * When what a project's IATI activity is built from last changed: the newest `_updatedAt` of the
 * documents `contentTimeQuery` collects (references to missing documents left out). Null only if
 * none has a time, which Sanity never allows.
 */
export const contentTimeSchema = perLocale(() =>
  z
    .object({ dates: z.array(z.string().nullable()) })
    .transform(({ dates }) =>
      newestOf(
        dates.filter((date): date is string => date !== null && !Number.isNaN(Date.parse(date))),
      ),
    ),
)

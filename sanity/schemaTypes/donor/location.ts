import { defineField, defineType } from 'sanity'
import {
  FEATURE_DESIGNATIONS,
  FEATURE_DESIGNATION_VALUES,
  GEOGRAPHIC_EXACTNESSES,
  GEOGRAPHIC_EXACTNESS_VALUES,
  GEOGRAPHIC_REACHES,
  GEOGRAPHIC_REACH_VALUES,
  LOCATION_CLASSES,
  LOCATION_CLASS_VALUES,
} from '../../../lib/content/donor-vocabulary'
import { studioOptions } from '../../../lib/content/vocabulary'
import { choiceField } from '../documents/shared-fields'
import { localeField } from '../objects/localized'
import { referenceExists } from '../validation'
import { sourcesField } from './sources-field'

/**
 * A place where the project or an activity works (a border crossing point, a centre, a region),
 * with what IATI's `<location>` says of it. Coordinates are entered only from a cited public page
 * (`pointSource`); a place without them is listed by name and not drawn on the map.
 */
export const location = defineType({
  name: 'location',
  title: 'Location',
  type: 'object',
  fields: [
    localeField('name', 'Name', { required: true }),
    localeField('description', 'What happens there'),
    sourcesField(),
    defineField({
      name: 'point',
      title: 'Coordinates',
      type: 'geopoint',
      description:
        'Only if a public page gives them (cite it below); the name alone is enough. Never estimate them from a map.',
    }),
    defineField({
      name: 'pointSource',
      title: 'Source of the coordinates',
      type: 'reference',
      to: [{ type: 'source' }],
      description:
        'The page that gives the coordinates, with the line that gives them as its quote (Content → Sources).',
      validation: (rule) =>
        rule.custom((value, context) => {
          const parent = context.parent
          const hasPoint = typeof parent === 'object' && parent !== null && 'point' in parent
          if (hasPoint && parent.point && !value) return 'Coordinates need the page they come from'
          return value ? referenceExists(value, context) : true
        }),
    }),
    choiceField(
      'exactness',
      'Exactness of the coordinates',
      studioOptions(GEOGRAPHIC_EXACTNESSES, GEOGRAPHIC_EXACTNESS_VALUES),
      {
        layout: 'radio',
        description:
          "Approximate when the page gives a town's or a crossing's general position, not the site's.",
      },
    ),
    choiceField('reach', 'Reach', studioOptions(GEOGRAPHIC_REACHES, GEOGRAPHIC_REACH_VALUES), {
      layout: 'radio',
    }),
    choiceField(
      'locationClass',
      'Kind of place',
      studioOptions(LOCATION_CLASSES, LOCATION_CLASS_VALUES),
    ),
    choiceField(
      'featureDesignation',
      'Feature designation',
      studioOptions(FEATURE_DESIGNATIONS, FEATURE_DESIGNATION_VALUES),
      {
        description:
          'Only where the kind of place is plain (an airport: AIRP; a border post: PSTB).',
      },
    ),
  ],
  preview: {
    select: { ka: 'name.ka', en: 'name.en' },
    prepare: ({ ka, en }) => ({ title: ka ?? en ?? 'Location', subtitle: ka ? en : undefined }),
  },
})

import { defineField, defineType, type ValidationContext } from 'sanity'
import {
  POLICY_MARKERS,
  POLICY_MARKER_VALUES,
  POLICY_SIGNIFICANCES,
  POLICY_SIGNIFICANCE_VALUES,
} from '../../../lib/content/donor-vocabulary'
import { isOneOf, studioOptions } from '../../../lib/content/vocabulary'
import { choiceField } from '../documents/shared-fields'
import { sourcesField } from './sources-field'

/** A marker needs a cited source or an assumption recorded with its reason, like IATI's defaults. */
function sourcedOrAssumed(_value: unknown, context: ValidationContext): true | string {
  const parent = context.parent
  if (typeof parent !== 'object' || parent === null) return true
  const sources = Reflect.get(parent, 'sources')
  const assumption = Reflect.get(parent, 'assumption')
  const hasSource = Array.isArray(sources) && sources.length > 0
  const hasAssumption = typeof assumption === 'string' && assumption.trim() !== ''
  return hasSource || hasAssumption
    ? true
    : 'Cite a source for the marker, or record why it is assumed'
}

/**
 * An OECD DAC policy marker (vocabulary 1: gender equality, environment…) with its significance,
 * resting on a cited source or on an assumption recorded with its reason.
 */
export const policyMarker = defineType({
  name: 'policyMarker',
  title: 'Policy marker',
  type: 'object',
  fields: [
    choiceField('code', 'Marker (OECD DAC)', studioOptions(POLICY_MARKERS, POLICY_MARKER_VALUES), {
      required: true,
    }),
    choiceField(
      'significance',
      'Significance',
      studioOptions(POLICY_SIGNIFICANCES, POLICY_SIGNIFICANCE_VALUES),
      { required: true },
    ),
    sourcesField({ custom: sourcedOrAssumed }),
    defineField({
      name: 'assumption',
      title: 'Why it is assumed (if no source states it)',
      type: 'text',
      rows: 2,
      validation: (rule) => rule.max(500),
    }),
  ],
  preview: {
    select: { code: 'code', significance: 'significance' },
    prepare: ({ code, significance }) => ({
      title: isOneOf(POLICY_MARKER_VALUES, code) ? POLICY_MARKERS[code] : 'Policy marker',
      subtitle: isOneOf(POLICY_SIGNIFICANCE_VALUES, significance)
        ? POLICY_SIGNIFICANCES[significance]
        : undefined,
    }),
  },
})

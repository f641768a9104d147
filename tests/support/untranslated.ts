import type { SeedDocument } from './seed'

const block = (text: string, key: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
})

type Patch = (doc: SeedDocument) => SeedDocument

/**
 * The seed with translations missing in several kinds of field (string, rich text, image alt
 * text, optional texts) and one optional field left empty in both languages (not a gap).
 */
const patches: Record<string, Patch> = {
  'activity.national-census': (doc) => ({
    ...doc,
    title: { _type: 'localeString', ka: 'ეროვნული აღწერა' },
  }),
  'activity.cross-border-meetings': (doc) => ({
    ...doc,
    description: { _type: 'localeBlockContent', en: [block('Meetings at the border.', 'b1')] },
  }),
  'thematicCluster.migration-data-management': (doc) => ({
    ...doc,
    title: { _type: 'localeString', ka: '', en: 'Migration data management' },
  }),
  'organization.eu': (doc) => ({ ...doc, acronym: { _type: 'localeString', ka: 'EU' } }),
  'organization.government-of-georgia': (doc) => ({
    ...doc,
    acronym: { _type: 'localeString' },
  }),
  'project.secure-borders-safe-migration': (doc) => ({
    ...doc,
    fundingProgramme: {
      _type: 'localeString',
      en: 'Eastern Partnership Integration and Cooperation',
    },
  }),
  'objective.migration-management-structure': (doc) => ({
    ...doc,
    description: {
      _type: 'localeBlockContent',
      ka: (doc.description as { ka: unknown[] }).ka,
      en: [],
    },
  }),
}

export function untranslatedDataset(seed: SeedDocument[]): SeedDocument[] {
  return seed.map((doc) => patches[doc._id]?.(doc) ?? doc)
}

/** What the translation report must find in that dataset: document id → fields lacking it. */
export const EXPECTED_GAPS = {
  en: {
    'activity.national-census': ['title'],
    'objective.migration-management-structure': ['description'],
    'organization.eu': ['acronym'],
  },
  ka: {
    'activity.cross-border-meetings': ['description'],
    'project.secure-borders-safe-migration': ['fundingProgramme'],
    'thematicCluster.migration-data-management': ['title'],
  },
}

/**
 * Controlled vocabularies of the donor facts: money, results, documents, sources and the IATI
 * classifications. Codes are IATI's (codelists of standard 2.03) so the export needs no mapping
 * table; titles are for editors in the Studio, visitors read translated labels from messages/.
 */

/** ISO 4217 currencies the portal's budgets are given in. */
export const CURRENCY_VALUES = ['EUR', 'USD', 'GEL'] as const
export type Currency = (typeof CURRENCY_VALUES)[number]
export const CURRENCIES: Record<Currency, string> = {
  EUR: 'Euro (EUR)',
  USD: 'US dollar (USD)',
  GEL: 'Georgian lari (GEL)',
}

/** IATI ResultType. */
export const RESULT_TYPE_VALUES = ['1', '2', '3', '9'] as const
export type ResultType = (typeof RESULT_TYPE_VALUES)[number]
export const RESULT_TYPES: Record<ResultType, string> = {
  '1': 'Output',
  '2': 'Outcome',
  '3': 'Impact',
  '9': 'Other',
}

/** IATI IndicatorMeasure (the ones a portal page can chart or describe). */
export const INDICATOR_MEASURE_VALUES = ['1', '2', '5'] as const
export type IndicatorMeasure = (typeof INDICATOR_MEASURE_VALUES)[number]
export const INDICATOR_MEASURES: Record<IndicatorMeasure, string> = {
  '1': 'Unit (a number of something)',
  '2': 'Percentage',
  '5': 'Qualitative (described, not counted)',
}

/** IATI DocumentCategory, the activity-level (A) codes. */
export const DOCUMENT_CATEGORY_VALUES = [
  'A01',
  'A02',
  'A03',
  'A04',
  'A05',
  'A06',
  'A07',
  'A08',
  'A09',
  'A10',
  'A11',
  'A12',
] as const
export type DocumentCategory = (typeof DOCUMENT_CATEGORY_VALUES)[number]
export const DOCUMENT_CATEGORIES: Record<DocumentCategory, string> = {
  A01: 'Pre- and post-project impact appraisal',
  A02: 'Objectives / purpose of activity',
  A03: 'Intended ultimate beneficiaries',
  A04: 'Conditions',
  A05: 'Budget',
  A06: 'Summary information about contract',
  A07: 'Review of project performance and evaluation',
  A08: 'Results, outcomes and outputs',
  A09: 'Memorandum of understanding',
  A10: 'Tender',
  A11: 'Contract',
  A12: 'Activity web page',
}

/** Languages a document or a cited page may be written in (ISO 639-1). */
export const DOCUMENT_LANGUAGE_VALUES = ['ka', 'en', 'ru'] as const
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGE_VALUES)[number]
export const DOCUMENT_LANGUAGES: Record<DocumentLanguage, string> = {
  ka: 'Georgian',
  en: 'English',
  ru: 'Russian',
}

/** IATI FlowType (subset). */
export const FLOW_TYPE_VALUES = ['10', '20', '30', '50'] as const
export type FlowType = (typeof FLOW_TYPE_VALUES)[number]
export const FLOW_TYPES: Record<FlowType, string> = {
  '10': 'ODA',
  '20': 'OOF',
  '30': 'Private development finance',
  '50': 'Other flows',
}

/** IATI FinanceType (subset). */
export const FINANCE_TYPE_VALUES = ['110', '410'] as const
export type FinanceType = (typeof FINANCE_TYPE_VALUES)[number]
export const FINANCE_TYPES: Record<FinanceType, string> = {
  '110': 'Standard grant',
  '410': 'Aid loan excluding debt reorganisation',
}

/** IATI AidType, OECD DAC vocabulary (subset). */
export const AID_TYPE_VALUES = ['B03', 'C01', 'D02'] as const
export type AidType = (typeof AID_TYPE_VALUES)[number]
export const AID_TYPES: Record<AidType, string> = {
  B03: 'Contributions to specific-purpose programmes and funds managed by implementing partners',
  C01: 'Project-type interventions',
  D02: 'Other technical assistance',
}

/** IATI TiedStatus. */
export const TIED_STATUS_VALUES = ['3', '4', '5'] as const
export type TiedStatus = (typeof TIED_STATUS_VALUES)[number]
export const TIED_STATUSES: Record<TiedStatus, string> = {
  '3': 'Partially tied',
  '4': 'Tied',
  '5': 'Untied',
}

/** IATI CollaborationType (the active codes). */
export const COLLABORATION_TYPE_VALUES = ['1', '2', '3', '4', '6', '7', '8'] as const
export type CollaborationType = (typeof COLLABORATION_TYPE_VALUES)[number]
export const COLLABORATION_TYPES: Record<CollaborationType, string> = {
  '1': 'Bilateral',
  '2': 'Multilateral (inflows)',
  '3': 'Bilateral, core contributions to NGOs and other private bodies / PPPs',
  '4': 'Multilateral outflows',
  '6': 'Private sector outflows',
  '7': 'Bilateral, ex-post reporting on NGOs’ activities funded through core contributions',
  '8': 'Bilateral, triangular co-operation',
}

/** IATI ActivityScope. */
export const ACTIVITY_SCOPE_VALUES = ['1', '2', '3', '4', '5', '6', '7', '8'] as const
export type ActivityScope = (typeof ACTIVITY_SCOPE_VALUES)[number]
export const ACTIVITY_SCOPES: Record<ActivityScope, string> = {
  '1': 'Global',
  '2': 'Regional',
  '3': 'Multi-national',
  '4': 'National',
  '5': 'Sub-national: multi-first-level administrative areas',
  '6': 'Sub-national: single first-level administrative area',
  '7': 'Sub-national: single second-level administrative area',
  '8': 'Single location',
}

/**
 * The project's IATI defaults (the Studio's field names). Each rests on a citation of a source
 * (`citations`, fact = the field's name) or on an assumption recorded with its reason
 * (`iatiAssumptions`); the readiness report names those still assumed.
 */
export const IATI_DEFAULT_VALUES = [
  'defaultFlowType',
  'defaultFinanceType',
  'defaultAidType',
  'defaultTiedStatus',
  'collaborationType',
  'activityScope',
  'defaultCurrency',
] as const
export type IatiDefault = (typeof IATI_DEFAULT_VALUES)[number]
export const IATI_DEFAULTS: Record<IatiDefault, string> = {
  defaultFlowType: 'Default flow type',
  defaultFinanceType: 'Default finance type',
  defaultAidType: 'Default aid type',
  defaultTiedStatus: 'Default tied status',
  collaborationType: 'Collaboration type',
  activityScope: 'Activity scope',
  defaultCurrency: 'Default currency',
}

/** IATI TransactionType (standard 2.03, every code). */
export const TRANSACTION_TYPE_VALUES = [
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
  '11',
  '12',
  '13',
] as const
export type TransactionType = (typeof TRANSACTION_TYPE_VALUES)[number]
export const TRANSACTION_TYPES: Record<TransactionType, string> = {
  '1': 'Incoming funds',
  '2': 'Outgoing commitment',
  '3': 'Disbursement',
  '4': 'Expenditure',
  '5': 'Interest payment',
  '6': 'Loan repayment',
  '7': 'Reimbursement',
  '8': 'Purchase of equity',
  '9': 'Sale of equity',
  '10': 'Credit guarantee',
  '11': 'Incoming commitment',
  '12': 'Outgoing pledge',
  '13': 'Incoming pledge',
}

/** IATI PolicyMarker, OECD DAC CRS vocabulary (vocabulary 1, every code). */
export const POLICY_MARKER_VALUES = [
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
  '11',
  '12',
] as const
export type PolicyMarkerCode = (typeof POLICY_MARKER_VALUES)[number]
export const POLICY_MARKERS: Record<PolicyMarkerCode, string> = {
  '1': 'Gender equality',
  '2': 'Aid to environment',
  '3': 'Participatory development / good governance',
  '4': 'Trade development',
  '5': 'Biodiversity (Convention on Biological Diversity)',
  '6': 'Climate change mitigation',
  '7': 'Climate change adaptation',
  '8': 'Desertification (Convention to Combat Desertification)',
  '9': 'Reproductive, maternal, newborn and child health (RMNCH)',
  '10': 'Disaster risk reduction (DRR)',
  '11': 'Disability',
  '12': 'Nutrition',
}
/** The gender equality marker: the one policy marker a donor's file is expected to state. */
export const GENDER_MARKER: PolicyMarkerCode = '1'

/** IATI PolicySignificance. */
export const POLICY_SIGNIFICANCE_VALUES = ['0', '1', '2', '3', '4'] as const
export type PolicySignificance = (typeof POLICY_SIGNIFICANCE_VALUES)[number]
export const POLICY_SIGNIFICANCES: Record<PolicySignificance, string> = {
  '0': 'Not targeted',
  '1': 'Significant objective',
  '2': 'Principal objective',
  '3': 'Principal objective and in support of an action programme',
  '4': 'Explicit primary objective',
}

/**
 * How far a cited page can be trusted as it stands: the publisher's own page, a page of a partner
 * in the programme, or a copy of the publisher's material on someone else's site.
 */
export const SOURCE_KIND_VALUES = ['official', 'partner', 'copy'] as const
export type SourceKind = (typeof SOURCE_KIND_VALUES)[number]
export const SOURCE_KINDS: Record<SourceKind, string> = {
  official: 'Official page of the publisher',
  partner: 'Page of a programme partner',
  copy: 'Copy on a third-party site',
}

/** Whether a project's IATI identifier is IOM's registered one or the portal's provisional one. */
export const IATI_ID_STATUS_VALUES = ['provisional', 'registered'] as const
export type IatiIdStatus = (typeof IATI_ID_STATUS_VALUES)[number]
export const IATI_ID_STATUSES: Record<IatiIdStatus, string> = {
  provisional: 'Provisional (built by the portal, not registered)',
  registered: 'Registered (confirmed as the one the organisation publishes)',
}

/** A year-precise, month-precise or day-precise date as sources give them: 2017, 2017-07, 2017-07-10. */
export const LOOSE_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/

/** The facts about a project's money: how much, split how, under which programme and decision. */
export const FUNDING_FACT_VALUES = [
  'totalBudget',
  'euContribution',
  'budgetByCluster',
  'annualBudgets',
  'fundingProgramme',
  'fundingReference',
] as const

/** The facts of a project a citation can support (the field names of the project document). */
export const PROJECT_FACT_VALUES = [
  'officialName',
  'officialShortName',
  ...FUNDING_FACT_VALUES,
  'status',
  'startDate',
  'plannedEnd',
  'actualStart',
  'actualEnd',
  'followUp',
  'contact',
  'sectorCodes',
  ...IATI_DEFAULT_VALUES,
] as const
export type ProjectFact = (typeof PROJECT_FACT_VALUES)[number]
export const PROJECT_FACTS: Record<ProjectFact, string> = {
  officialName: 'Official name',
  officialShortName: 'Official short name',
  totalBudget: 'Total budget',
  euContribution: 'EU contribution',
  budgetByCluster: 'Budget by thematic cluster',
  annualBudgets: 'Budget by year',
  fundingProgramme: 'Funding programme',
  fundingReference: 'Decision or contract reference',
  status: 'Status',
  startDate: 'Planned start',
  plannedEnd: 'Planned end',
  actualStart: 'Actual start',
  actualEnd: 'Actual end',
  followUp: 'Follow-up phase',
  contact: 'Contact',
  sectorCodes: 'DAC sectors',
  ...IATI_DEFAULTS,
}

/** The facts of an activity a citation can support. */
export const ACTIVITY_FACT_VALUES = ['status', 'dates', 'description'] as const
export type ActivityFact = (typeof ACTIVITY_FACT_VALUES)[number]
export const ACTIVITY_FACTS: Record<ActivityFact, string> = {
  status: 'Status',
  dates: 'Dates',
  description: 'Description',
}

/** IATI GeographicExactness: whether a place's coordinates are its own or a general position. */
export const GEOGRAPHIC_EXACTNESS_VALUES = ['1', '2'] as const
export type GeographicExactness = (typeof GEOGRAPHIC_EXACTNESS_VALUES)[number]
export const GEOGRAPHIC_EXACTNESSES: Record<GeographicExactness, string> = {
  '1': 'Exact (the coordinates are of the place itself)',
  '2': "Approximate (a town's or a crossing's general position)",
}

/** IATI GeographicLocationReach: where the work is done, or where the people it is for live. */
export const GEOGRAPHIC_REACH_VALUES = ['1', '2'] as const
export type GeographicReach = (typeof GEOGRAPHIC_REACH_VALUES)[number]
export const GEOGRAPHIC_REACHES: Record<GeographicReach, string> = {
  '1': 'Activity (the work is carried out there)',
  '2': 'Intended beneficiaries (the people it is for live there)',
}

/** IATI GeographicLocationClass. */
export const LOCATION_CLASS_VALUES = ['1', '2', '3', '4'] as const
export type LocationClass = (typeof LOCATION_CLASS_VALUES)[number]
export const LOCATION_CLASSES: Record<LocationClass, string> = {
  '1': 'Administrative region',
  '2': 'Populated place (town, village)',
  '3': 'Structure (a building, an airport, a border post)',
  '4': 'Other topographical feature (a river, a border section)',
}

/**
 * IATI LocationType (the US NGA / GeoNames feature designation codes): the few that name the
 * kinds of place a border and migration project works at. Every code here is in IATI's closed
 * codelist (tests/unit/places-vocabulary.test.ts checks them against it).
 */
export const FEATURE_DESIGNATION_VALUES = [
  'AIRP',
  'PSTB',
  'CSTM',
  'BLDO',
  'PPL',
  'PPLA',
  'PPLC',
  'ADM1',
  'ADM2',
] as const
export type FeatureDesignation = (typeof FEATURE_DESIGNATION_VALUES)[number]
export const FEATURE_DESIGNATIONS: Record<FeatureDesignation, string> = {
  AIRP: 'Airport (AIRP)',
  PSTB: 'Border post (PSTB)',
  CSTM: 'Customs house (CSTM)',
  BLDO: 'Office building (BLDO)',
  PPL: 'Populated place (PPL)',
  PPLA: 'Seat of a first-order administrative division (PPLA)',
  PPLC: 'Capital of a political entity (PPLC)',
  ADM1: 'First-order administrative division (ADM1)',
  ADM2: 'Second-order administrative division (ADM2)',
}

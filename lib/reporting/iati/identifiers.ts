/**
 * The project's IATI activity identifier. IATI needs one in every activity and forbids it empty.
 * IOM's registered identifier for this project is not recorded in any source the portal has, so
 * the honest default is a provisional identifier built the way IATI asks identifiers to be built:
 * the reporting organisation's identifier (IOM: XM-DAC-47066), a hyphen and the project's own code
 * (its slug). Editors can replace it in the Studio (Project → Donor reporting) and mark it
 * registered once IOM confirms the identifier it publishes under; until then the page and the file
 * call it provisional. Activities of the project get the project's identifier plus their slug.
 */
type ProjectIds = {
  slug: string
  iatiIdentifier: string | null
  iati: { identifierStatus: 'provisional' | 'registered' | null }
}

export type ActivityIdentifier = { value: string; provisional: boolean }

export function projectIdentifier(
  project: ProjectIds,
  reportingOrgRef: string,
): ActivityIdentifier {
  const recorded = project.iatiIdentifier?.trim()
  if (recorded) {
    return { value: recorded, provisional: project.iati.identifierStatus !== 'registered' }
  }
  return { value: `${reportingOrgRef}-${project.slug}`, provisional: true }
}

export function childIdentifier(parent: ActivityIdentifier, slug: string): ActivityIdentifier {
  return { value: `${parent.value}-${slug}`, provisional: parent.provisional }
}

import type { Organization } from '@/lib/content/schemas'
import { LocalizedText } from './LocalizedText'

/** "International Organization for Migration (IOM)": the name, with the acronym when there is one. */
export function OrganizationName({ organization }: { organization: Organization }) {
  const { name, acronym } = organization
  return (
    <>
      <LocalizedText value={name} />
      {acronym && acronym.value !== name.value ? (
        <>
          {' ('}
          <LocalizedText value={acronym} as="abbr" />
          {')'}
        </>
      ) : null}
    </>
  )
}

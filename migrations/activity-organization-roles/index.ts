import { at, defineMigration, set } from 'sanity/migrate'
import { toOrganizationRoles } from './transform'

/**
 * `npx sanity migration run activity-organization-roles` (dry run first, then `--no-dry-run`):
 * turns the organisations of existing activities into organisation roles. The seed dataset in
 * sanity/seed/ is already migrated (tests/unit/migration.test.ts checks it).
 */
export default defineMigration({
  title: 'Activity organisations get a role (beneficiary where the activity supports them)',
  documentTypes: ['activity'],
  migrate: {
    document(doc) {
      const roles = toOrganizationRoles(doc.organizations)
      return roles ? at('organizations', set(roles)) : undefined
    },
  },
})

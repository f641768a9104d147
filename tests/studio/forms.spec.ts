import { expect, lakeDocument, openStudio, test } from './fixtures'

const ACTIVITY = 'structure/activity;activity.national-census'
const PROJECT = 'structure/projects;project.secure-borders-safe-migration;details'
const CLUSTER =
  'structure/projects;project.secure-borders-safe-migration;clusters;thematicCluster.migration-data-management;cluster-details'

test('an activity form shows its title and description in both languages', async ({ page }) => {
  await openStudio(page, ACTIVITY)
  await expect(page.getByTestId('field-title.ka').getByRole('textbox')).toHaveValue(
    'ეროვნული აღწერა',
  )
  await expect(page.getByTestId('field-title.en').getByRole('textbox')).toHaveValue(
    'National census',
  )
  await expect(page.getByTestId('field-description.ka')).toBeVisible()
  await expect(page.getByTestId('field-description.en')).toBeVisible()
  await expect(page.getByText('EN missing')).toHaveCount(0)
})

test('the project and a thematic cluster open with their localised fields', async ({ page }) => {
  await openStudio(page, PROJECT)
  await expect(page.getByTestId('field-shortTitle.en').getByRole('textbox')).toHaveValue(
    /Secure Borders/,
  )
  await expect(page.getByTestId('field-summary.ka').getByRole('textbox')).not.toHaveValue('')
  await openStudio(page, CLUSTER)
  await expect(page.getByTestId('field-title.en').getByRole('textbox')).toHaveValue(
    /migration data management system/,
  )
  await expect(page.getByTestId('field-order').getByRole('spinbutton')).toHaveValue('4')
})

test('clearing the English title warns, shows the badge, and still lets the editor publish', async ({
  page,
}) => {
  await openStudio(page, ACTIVITY)
  const english = page.getByTestId('field-title.en')
  await english.getByRole('textbox').fill('')
  await expect(page.getByTestId('pane-footer').getByText('EN missing')).toBeVisible()
  await english.getByTestId('input-validation-icon-warning').hover()
  await expect(page.getByText(/^Missing translation: English \(en\)\./)).toBeVisible()
  await expect(page.getByTestId('pane-item-Needs English (1)')).toBeVisible()

  // Publish once the edit is saved as a draft (as in workflow.spec.ts), however long saving takes.
  await expect.poll(() => lakeDocument(page, 'drafts.activity.national-census')).toBeTruthy()
  await page.getByTestId('action-publish').click()
  await expect
    .poll(async () => (await lakeDocument(page, 'activity.national-census'))?.['title'])
    .toEqual({ _type: 'localeString', ka: 'ეროვნული აღწერა' })
})

test('the language filter hides a language and shows it again', async ({ page }) => {
  await openStudio(page, ACTIVITY)
  await expect(page.getByTestId('field-title.en')).toBeVisible()
  await page.getByRole('button', { name: 'Showing all' }).click()
  await page.getByRole('button', { name: /English \(en\)/ }).click()
  await expect(page.getByTestId('field-title.en')).toBeHidden()
  await expect(page.getByTestId('field-description.en')).toBeHidden()
  await expect(page.getByTestId('field-title.ka')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Showing 1 / 2' })).toBeVisible()
  await page.getByRole('button', { name: /English \(en\)/ }).click()
  await expect(page.getByTestId('field-title.en')).toBeVisible()
})

test('a slug with capitals is refused and blocks publishing', async ({ page }) => {
  await openStudio(page, ACTIVITY)
  await page.getByTestId('field-slug').getByRole('textbox').fill('National-Census')
  await page.getByTestId('field-slug').getByTestId('input-validation-icon-error').hover()
  await expect(page.getByText(/^Use lowercase ASCII letters/)).toBeVisible()
  await expect(page.getByTestId('action-publish')).toBeDisabled()
})

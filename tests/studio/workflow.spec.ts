import { expect, lakeDocument, openStudio, test } from './fixtures'

const PROJECT = 'project.secure-borders-safe-migration'
const CLUSTER_ACTIVITIES = `structure/projects;${PROJECT};clusters;thematicCluster.migration-data-management;activities`

test('a new activity in a cluster starts with its project, cluster and the next number', async ({
  page,
}) => {
  await openStudio(page, CLUSTER_ACTIVITIES)
  // The last list pane: the cluster's activities (the clusters list is open beside it).
  const list = page.getByTestId('document-list-pane').last()
  await expect(list.getByRole('link')).toHaveCount(4)
  await page.getByTestId('action-intent-button').last().click()
  await expect(page.getByTestId('field-order').getByRole('spinbutton')).toHaveValue('5')
  // Reference fields show the referenced document's preview (Georgian title, English under it).
  const form = page.getByTestId('document-pane')
  await expect(form.getByText('Promoting Secure Borders and Safe Migration')).toBeVisible()
  await expect(form.getByText(/inter-agency migration data management system/)).toBeVisible()
  await expect(page.getByTestId('field-title.ka').getByRole('textbox')).toHaveValue('')
})

test('each document links to its page in English and Georgian', async ({ page }) => {
  await openStudio(page, 'structure/activity;activity.national-census')
  await page.getByRole('button', { name: 'Used on 2 pages' }).click()
  const path = `/projects/${PROJECT.replace('project.', '')}/activities/national-census`
  for (const locale of ['en', 'ka']) {
    const link = page.locator(
      `a[href*="${encodeURIComponent(`/${locale}${path}`)}"], a[href*="/${locale}${path}"]`,
    )
    await expect(link.first()).toBeVisible()
  }
})

test('the Guide tool shows the editors’ guide in either language', async ({ page }) => {
  await openStudio(page, 'guide')
  const frame = page.frameLocator('iframe[title="Editors’ guide"]')
  await expect(frame.locator('body')).toContainText('# Editors’ guide')
  await page.getByRole('button', { name: 'ქართული' }).click()
  await expect(page.locator('iframe')).toHaveAttribute('src', '/studio/editors-guide/ka')
  await expect(frame.locator('body')).toContainText('# რედაქტორების სახელმძღვანელო')
  await expect(page.getByRole('link', { name: 'Open in a new tab' })).toHaveAttribute(
    'href',
    '/studio/editors-guide/ka',
  )
})

test('publishing a new slug keeps the old one, whose address then redirects', async ({ page }) => {
  await openStudio(page, 'structure/activity;activity.national-census')
  const slug = page.getByTestId('field-slug').getByRole('textbox')
  await expect(slug).toHaveValue('national-census')
  await slug.fill('population-census')
  // The edit is a draft first; publishing is possible once it is saved.
  await expect.poll(() => lakeDocument(page, 'drafts.activity.national-census')).toBeTruthy()
  await expect(page.getByTestId('action-publish')).toBeEnabled()
  await page.getByTestId('action-publish').click()
  // Publishing writes the replaced slug into the document it publishes. (Whether the in-memory
  // lake then completes the publish after that edit depends on the Studio's document store
  // timing, so the test reads the newest version: the published one, else the draft.)
  await expect
    .poll(
      async () => {
        const published = await lakeDocument(page, 'activity.national-census')
        const draft = await lakeDocument(page, 'drafts.activity.national-census')
        const newest = published?.['previousSlugs'] ? published : (draft ?? published)
        return [newest?.['slug'], newest?.['previousSlugs']]
      },
      { timeout: 30_000 },
    )
    .toEqual([{ _type: 'slug', current: 'population-census' }, ['national-census']])
})

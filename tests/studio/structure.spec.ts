import { EXPECTED_GAPS } from '../support/untranslated'
import { expect, openStudio, test } from './fixtures'

test('the translation lists count nothing on the seed', async ({ page }) => {
  await openStudio(page, 'structure')
  await expect(page.getByTestId('pane-item-Needs English (0)')).toBeVisible()
  await expect(page.getByTestId('pane-item-Needs Georgian (0)')).toBeVisible()
})

test('the translation lists count and list the documents that lack a language', async ({
  page,
}) => {
  await openStudio(page, 'structure', 'untranslated')
  const english = Object.keys(EXPECTED_GAPS.en).length
  const georgian = Object.keys(EXPECTED_GAPS.ka).length
  await expect(page.getByTestId(`pane-item-Needs Georgian (${georgian})`)).toBeVisible()
  await page.getByTestId(`pane-item-Needs English (${english})`).click()
  const list = page.getByTestId('document-list-pane')
  await expect(list.getByRole('link')).toHaveCount(english)
  // The national census lacks its English title: its list preview says so.
  await expect(list.getByRole('link', { name: /ეროვნული აღწერა.*English missing/ })).toBeVisible()
  await expect(list.getByRole('link', { name: /European Union/ })).toBeVisible()
})

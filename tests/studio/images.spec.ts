import type { Page } from '@playwright/test'
import sharp from 'sharp'
import { expect, lakeDocument, openStudio, test } from './fixtures'

const ACTIVITY = 'structure/activity;activity.national-census'

/** A photo made for the test (the project has none it may ship). */
const photo = () =>
  sharp({ create: { width: 320, height: 200, channels: 3, background: '#2a6f97' } })
    .png()
    .toBuffer()

/**
 * Opens the activity and waits until its form can be edited: it opens read-only until the document
 * is loaded, and a file set before then is refused ("Attempted to patch a read-only document").
 */
async function openActivityForm(page: Page) {
  await openStudio(page, ACTIVITY)
  await expect(page.getByTestId('field-title.en').getByRole('textbox')).toBeEditable()
}

test('an editor uploads a photo to an activity, crops it, writes its alt text in both languages and publishes', async ({
  page,
}) => {
  await openActivityForm(page)
  // The main photo's input (the gallery below has none until it holds an item).
  const field = page.getByTestId('image-input').first()
  await field.getByTestId('file-button-input').setInputFiles({
    name: 'census-office.png',
    mimeType: 'image/png',
    buffer: await photo(),
  })

  // The preview comes from the "CDN", which the harness answers: the image is really there.
  const preview = field.locator('img').first()
  await expect(preview).toBeVisible()
  await expect
    .poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0)

  // Crop: drag the crop rectangle's top-left corner inwards in the hotspot and crop dialog.
  await page.getByTestId('options-menu-edit-details').click()
  const crop = page.getByRole('dialog').locator('svg rect').first()
  const corner = (await crop.boundingBox())!
  await page.mouse.move(corner.x + 2, corner.y + 2)
  await page.mouse.down()
  await page.mouse.move(corner.x + 100, corner.y + 60, { steps: 10 })
  await page.mouse.up()
  await expect
    .poll(async () => (await lakeDocument(page, 'drafts.activity.national-census'))?.['mainImage'])
    .toMatchObject({ crop: { _type: 'sanity.imageCrop', right: 0, bottom: 0 } })
  await page.keyboard.press('Escape')

  await page.getByTestId('field-mainImage.alt.ka').getByRole('textbox').fill('აღწერის ოფისი')
  await page.getByTestId('field-mainImage.alt.en').getByRole('textbox').fill('The census office')
  await page.getByTestId('field-mainImage.rights').getByLabel('No identifiable people').check()
  await page
    .getByTestId('field-mainImage.rights.licence')
    .getByRole('textbox')
    .fill('© IOM, all rights reserved')

  // Publish once every edit is saved in the draft (the licence is the last one typed) and the
  // Studio offers publishing: a click while an edit is still in flight can be lost on a busy machine.
  await expect
    .poll(async () => (await lakeDocument(page, 'drafts.activity.national-census'))?.['mainImage'])
    .toMatchObject({
      alt: { en: 'The census office' },
      rights: { licence: '© IOM, all rights reserved' },
    })
  await expect(page.getByTestId('action-publish')).toBeEnabled()
  await page.getByTestId('action-publish').click()
  await expect
    .poll(async () => (await lakeDocument(page, 'activity.national-census'))?.['mainImage'], {
      timeout: 60_000,
    })
    .toMatchObject({
      _type: 'portalImage',
      asset: {
        _type: 'reference',
        _ref: expect.stringMatching(/^image-[a-f0-9]{40}-320x200-png$/),
      },
      alt: { ka: 'აღწერის ოფისი', en: 'The census office' },
      rights: { consent: 'noIdentifiablePeople', licence: '© IOM, all rights reserved' },
      crop: { left: expect.any(Number), top: expect.any(Number) },
      hotspot: { _type: 'sanity.imageHotspot' },
    })
  const published = await lakeDocument(page, 'activity.national-census')
  const { crop: kept } = Object(published?.['mainImage'])
  expect(kept.left).toBeGreaterThan(0.05)
  expect(kept.top).toBeGreaterThan(0.05)
  const ref = String(Object(Object(published?.['mainImage'])['asset'])['_ref'])
  expect(await lakeDocument(page, ref)).toMatchObject({
    _type: 'sanity.imageAsset',
    originalFilename: 'census-office.png',
    metadata: { dimensions: { width: 320, height: 200 } },
  })
})

test('the media library opens and lists an uploaded photo', async ({ page }) => {
  await openActivityForm(page)
  await page
    .getByTestId('image-input')
    .first()
    .getByTestId('file-button-input')
    .setInputFiles({
      name: 'library.png',
      mimeType: 'image/png',
      buffer: await photo(),
    })
  await expect
    .poll(async () => (await lakeDocument(page, 'drafts.activity.national-census'))?.['mainImage'])
    .toBeTruthy()
  // Within the Studio: loading the page again would start from the seed, without the upload.
  await page.getByRole('link', { name: 'Media' }).click()
  await expect(page.getByText('library.png').first()).toBeVisible()
})

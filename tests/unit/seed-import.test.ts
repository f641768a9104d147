import { createReadStream, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createClient } from '@sanity/client'
import { sanityImport } from '@sanity/import'
import sharp from 'sharp'
import { createEmbeddedBackend } from '@/lib/content/backends/embedded'
import { startContentLake } from '../support/content-lake-server'
import { exportedImage, exportedImageName, writeExportArchive } from '../support/export-archive'

/**
 * `npm run seed:import` on an export archive runs @sanity/import (through `sanity dataset import`):
 * here against the Content Lake stand-in, which takes the uploads and the mutations.
 */
it('imports an export archive: uploads its image and references it from the document', async () => {
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#a53' } })
    .jpeg()
    .toBuffer()
  const name = await exportedImageName(photo)
  const archive = path.join(mkdtempSync(path.join(tmpdir(), 'import-test-')), 'export.tar.gz')
  const activity = {
    _id: 'activity.with-photo',
    _type: 'activity',
    title: { ka: 'ფოტოთი', en: 'With a photo' },
    mainImage: exportedImage(name, { alt: { ka: 'ფოტო', en: 'A photo' } }),
  }
  await writeExportArchive({ documents: [activity], images: [{ name, buffer: photo }] }, archive)
  const lake = await startContentLake([])
  try {
    const client = createClient({
      projectId: 'standin',
      dataset: 'production',
      apiHost: lake.url,
      useProjectHostname: false,
      apiVersion: '2025-02-19',
      useCdn: false,
      token: 'stand-in',
    })
    const result = await sanityImport(createReadStream(archive), {
      client,
      operation: 'createOrReplace',
      onProgress: () => {},
    })
    expect(result.numDocs).toBe(1)

    const documents = lake.documents()
    const imported = documents.find((doc) => doc._id === activity._id)
    const asset = documents.find((doc) => doc._type === 'sanity.imageAsset')
    const sha1 = name.split('-')[0]
    expect(asset).toMatchObject({ _id: `image-${sha1}-64x48-jpg`, sha1hash: sha1 })
    expect(imported).toMatchObject({
      title: activity.title,
      mainImage: {
        _type: 'image',
        alt: { ka: 'ფოტო', en: 'A photo' },
        asset: { _type: 'reference', _ref: asset!._id },
      },
    })
    expect(JSON.stringify(imported)).not.toContain('_sanityAsset')
    // The embedded backend reads the same archive to the same reference.
    const embedded = await createEmbeddedBackend(archive).fetch(
      '*[_id == $id][0].mainImage.asset',
      {
        id: activity._id,
      },
    )
    expect(embedded).toEqual({ _type: 'reference', _ref: asset!._id })
  } finally {
    await lake.close()
  }
})

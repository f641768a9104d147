// A copy of the seed as `sanity dataset export` would write it with one photo: the project's main
// image (a generated 1600×1000 JPEG with photo-like noise), for the Lighthouse rows that compare
// the overview with and without a hero photo. No real photo ships with the portal.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { create } from 'tar'
import { ROOT, WORK } from './lib.mjs'

const PROJECT_ID = 'project.secure-borders-safe-migration'

/** @returns {Promise<Buffer>} */
async function photo() {
  const noise = await sharp({
    create: {
      width: 1600,
      height: 1000,
      channels: 3,
      background: { r: 128, g: 128, b: 128 },
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .png()
    .toBuffer()
  // Blurred noise over a sky-to-field gradient: as costly to encode as a photograph.
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><defs><linearGradient id="g" x2="0" y2="1"><stop offset="0" stop-color="#3b6ea5"/><stop offset="1" stop-color="#5d7d3a"/></linearGradient></defs><rect width="1600" height="1000" fill="url(#g)"/></svg>`,
  )
  return sharp(gradient)
    .composite([{ input: await sharp(noise).blur(1.2).toBuffer(), blend: 'overlay' }])
    .jpeg({ quality: 82 })
    .toBuffer()
}

/** Writes the archive under bench/.work and returns its path. */
export async function writePhotoDataset() {
  const image = await photo()
  const sha1 = createHash('sha1').update(image).digest('hex')
  const name = `${sha1}-1600x1000.jpg`
  const seed = readFileSync(path.join(ROOT, 'sanity/seed/production.ndjson'), 'utf8')
  const documents = seed
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
    .map((document) =>
      document._id === PROJECT_ID
        ? {
            ...document,
            mainImage: {
              _type: 'image',
              _sanityAsset: `image@file://./images/${name}`,
              alt: {
                _type: 'localeString',
                en: 'Generated test image: a field under a blue sky',
                ka: 'სატესტო გამოსახულება: მინდორი ცისფერი ცის ქვეშ',
              },
              credit: 'Benchmark image',
              rights: { consent: 'noIdentifiablePeople', licence: 'Generated for the benchmark' },
            },
          }
        : document,
    )
  const work = path.join(WORK, 'photo-dataset')
  const folder = 'production-export-bench'
  rmSync(work, { recursive: true, force: true })
  mkdirSync(path.join(work, folder, 'images'), { recursive: true })
  mkdirSync(path.join(work, folder, 'files'), { recursive: true })
  writeFileSync(
    path.join(work, folder, 'data.ndjson'),
    `${documents.map((d) => JSON.stringify(d)).join('\n')}\n`,
  )
  writeFileSync(path.join(work, folder, 'assets.json'), '{}')
  writeFileSync(path.join(work, folder, 'images', name), image)
  const archive = path.join(WORK, 'photo-dataset.tar.gz')
  await create({ gzip: true, file: archive, cwd: work, portable: true }, [folder])
  return archive
}

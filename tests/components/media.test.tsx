import { screen, within } from '@testing-library/react'
import { ProjectOverview } from '@/components/ProjectOverview'
import { ContentImage, HeroImage } from '@/components/media/ContentImage'
import { Gallery } from '@/components/media/Gallery'
import { TypographicCover } from '@/components/media/TypographicCover'
import { PAGE_PHOTO_FRAME } from '@/components/media/frames'
import type { ContentImage as Image } from '@/lib/content/schemas'
import { buildImageFields } from '@/lib/content/schemas/image'
import { renderIn } from '../support/render'
import { embeddedRepository } from '../support/repository'

const HASH = '0123456789abcdef0123456789abcdef01234567'
const CDN_URL = `https://cdn.sanity.io/images/abc123/production/${HASH}-2400x1600.jpg`
const LOCAL_URL = `/media/image-${HASH}-2400x1600-jpg.jpg`

/** An image as the data layer hands it to pages (metadata only: no photo is shipped). */
function image(overrides: Partial<Image> = {}): Image {
  return {
    key: 'k1',
    assetId: `image-${HASH}-2400x1600-jpg`,
    url: CDN_URL,
    mimeType: 'image/jpeg',
    width: 2400,
    height: 1600,
    lqip: 'data:image/jpeg;base64,/9j/AAAA',
    hotspot: { x: 0.25, y: 0.75, width: 0.2, height: 0.2 },
    crop: { top: 0, bottom: 0.25, left: 0, right: 0 },
    alt: { value: 'A training in Tbilisi', lang: 'en' },
    caption: { value: 'The first session', lang: 'en' },
    credit: 'IOM Georgia',
    ...overrides,
  }
}
const FREE_FRAME = { sizes: '100vw' }

describe('a photo from Sanity’s image CDN', () => {
  it('has width, height, sizes and a width-based srcset that applies the crop', () => {
    renderIn('en', <ContentImage image={image()} frame={FREE_FRAME} />)
    const img = screen.getByRole('img', { name: 'A training in Tbilisi' })
    // The crop keeps 2400 × 1200; shown at most 1600 wide.
    expect(img).toHaveAttribute('width', '1600')
    expect(img).toHaveAttribute('height', '800')
    expect(img).toHaveAttribute('sizes', '100vw')
    expect(img).toHaveAttribute('loading', 'lazy')
    const srcset = img.getAttribute('srcset') ?? ''
    const widths = srcset.split(', ').map((entry) => entry.split(' ')[1])
    expect(widths).toEqual(['320w', '480w', '640w', '800w', '1024w', '1280w', '1600w'])
    for (const entry of srcset.split(', ')) {
      const url = new URL(entry.split(' ')[0]!)
      expect(url.origin).toBe('https://cdn.sanity.io')
      expect(url.pathname).toBe(`/images/abc123/production/${HASH}-2400x1600.jpg`)
      expect(url.searchParams.get('rect')).toBe('0,0,2400,1200')
      expect(url.searchParams.get('auto')).toBe('format')
    }
    expect(img.getAttribute('src')).toContain('w=800')
    // The blurred placeholder shows behind a JPEG while it loads.
    expect(img.style.backgroundImage).toContain('data:image/jpeg;base64')
  })

  it('keeps the hotspot in a fixed frame and never offers more than the file has', () => {
    const small = image({
      assetId: `image-${HASH}-700x700-jpg`,
      width: 700,
      height: 700,
      crop: null,
      url: CDN_URL.replace('2400x1600', '700x700'),
    })
    renderIn('en', <ContentImage image={small} frame={PAGE_PHOTO_FRAME} />)
    const img = screen.getByRole('img')
    expect(img).toHaveAttribute('width', '700')
    expect(img).toHaveAttribute('height', String(Math.round(700 / 1.5)))
    const urls = (img.getAttribute('srcset') ?? '').split(', ').map((entry) => entry.split(' '))
    expect(urls.map(([, width]) => width)).toEqual(['320w', '480w', '640w', '700w'])
    const last = new URL(urls.at(-1)![0]!)
    expect(last.searchParams.get('h')).toBe(String(Math.round(700 / 1.5)))
    // The crop rectangle is moved towards the hotspot (low in the picture).
    expect(last.searchParams.get('rect')).toBe('0,233,700,467')
  })

  it('shows its caption and credit under it, in the page’s language', () => {
    const { container } = renderIn('ka', <ContentImage image={image()} frame={FREE_FRAME} />)
    const caption = container.querySelector('figcaption')!
    expect(caption).toHaveTextContent('The first session')
    expect(within(caption).getByText('ფოტო: IOM Georgia')).toBeInTheDocument()
    // English alt and caption on the Georgian page are marked as English.
    expect(screen.getByRole('img')).toHaveAttribute('lang', 'en')
    expect(within(caption).getByText('The first session')).toHaveAttribute('lang', 'en')
  })

  it('keeps caption and credit apart (the separator sits between two elements)', () => {
    const { container } = renderIn('en', <ContentImage image={image()} frame={FREE_FRAME} />)
    const credit = container.querySelector('figcaption .media__caption-text + .media__credit')
    expect(credit).toHaveTextContent('Photo: IOM Georgia')
  })

  it('escapes alt, caption and credit like every text', () => {
    const hostile = '<script>alert(1)</script>'
    const { container } = renderIn(
      'en',
      <ContentImage
        image={image({
          alt: { value: hostile, lang: 'en' },
          caption: { value: hostile, lang: 'en' },
          credit: hostile,
        })}
        frame={FREE_FRAME}
      />,
    )
    expect(container.querySelector('script')).toBeNull()
    expect(screen.getByRole('img')).toHaveAttribute('alt', hostile)
    expect(container.querySelector('figcaption')).toHaveTextContent(`Photo: ${hostile}`)
  })
})

describe('any photo', () => {
  it('has an empty alt when decorative, and no caption line without caption or credit', () => {
    const { container } = renderIn(
      'en',
      <ContentImage image={image({ alt: null, caption: null, credit: null })} frame={FREE_FRAME} />,
    )
    expect(container.querySelector('img')).toHaveAttribute('alt', '')
    expect(screen.queryByRole('img')).toBeNull() // alt="" takes it out of the accessibility tree
    expect(container.querySelector('figcaption')).toBeNull()
  })

  it('as a hero: loads at once, with high priority, and is preloaded', () => {
    renderIn('en', <HeroImage image={image()} frame={PAGE_PHOTO_FRAME} />)
    const img = screen.getByRole('img')
    expect(img).toHaveAttribute('loading', 'eager')
    expect(img).toHaveAttribute('fetchpriority', 'high')
    const preload = document.head.querySelector('link[rel="preload"][as="image"]')
    expect(preload?.getAttribute('imagesrcset')).toBe(img.getAttribute('srcset'))
  })

  it('named .svg is treated as SVG whatever its recorded type', () => {
    const url = LOCAL_URL.replace(/jpg/g, 'svg')
    renderIn('en', <ContentImage image={image({ url })} frame={FREE_FRAME} />)
    expect(screen.getByRole('img')).toHaveAttribute('src', url)
    expect(screen.getByRole('img')).not.toHaveAttribute('srcset')
  })

  it('from the portal’s /media route goes through Next’s image optimiser, from this origin', () => {
    renderIn('en', <ContentImage image={image({ url: LOCAL_URL })} frame={PAGE_PHOTO_FRAME} />)
    const img = screen.getByRole('img')
    expect(img.getAttribute('src')).toMatch(/^\/_next\/image\?url=%2Fmedia%2Fimage-/)
    const srcset = img.getAttribute('srcset') ?? ''
    expect(
      srcset.split(', ').every((entry) => entry.startsWith('/_next/image?url=%2Fmedia%2F')),
    ).toBe(true)
    expect(srcset).toMatch(/&q=75 \d+w/)
    expect(img).toHaveAttribute('width', '1600')
    expect(img).toHaveAttribute('sizes', PAGE_PHOTO_FRAME.sizes)
    // The optimiser cannot crop: the frame is filled around the hotspot.
    expect(img.style.objectPosition).toBe('25% 75%')
  })

  it.each([CDN_URL.replace('.jpg', '.svg'), LOCAL_URL.replace(/jpg/g, 'svg')])(
    'an SVG (%s) is a plain <img> of the file: never inlined, never optimised',
    (url) => {
      const { container } = renderIn(
        'en',
        <ContentImage
          image={image({ url, mimeType: 'image/svg+xml', lqip: null })}
          frame={FREE_FRAME}
        />,
      )
      const img = screen.getByRole('img')
      expect(img).toHaveAttribute('src', url)
      expect(img).not.toHaveAttribute('srcset')
      expect(container.querySelector('svg')).toBeNull()
    },
  )

  it.each([
    'javascript:alert(1)',
    'https://example.org/photo.jpg',
    'data:image/jpeg;base64,AAAA',
    '//evil.example/media/a.jpg',
  ])('at any other address (%s) is not rendered', (url) => {
    const { container } = renderIn('en', <ContentImage image={image({ url })} frame={FREE_FRAME} />)
    expect(container.querySelector('img, figure')).toBeNull()
  })
})

describe('a gallery', () => {
  it('lists its photos under a heading, lazily, in the page’s language', () => {
    const photos = [image({ key: 'a' }), image({ key: 'b', url: LOCAL_URL })]
    renderIn('ka', <Gallery images={photos} />)
    const region = screen.getByRole('region', { name: 'ფოტოები' })
    const imgs = within(region).getAllByRole('img')
    expect(imgs).toHaveLength(2)
    for (const img of imgs) {
      expect(img).toHaveAttribute('loading', 'lazy')
      expect(img).toHaveAttribute('width')
      expect(img).toHaveAttribute('height')
    }
  })

  it('shows nothing without photos, and leaves out an expired one', () => {
    const raw = {
      key: 'x',
      asset: {
        _id: `image-${HASH}-2400x1600-jpg`,
        url: LOCAL_URL,
        mimeType: 'image/jpeg',
        metadata: { dimensions: { width: 2400, height: 1600 }, lqip: null },
      },
      alt: { en: 'A photo' },
      rights: { consent: 'consented', licence: '© IOM', expires: '2026-01-31' },
    }
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
    const before = buildImageFields('en', () => new Date('2026-01-31T12:00:00Z')).images.parse([
      raw,
    ])
    const after = buildImageFields('en', () => new Date('2026-02-01T00:00:00Z')).images.parse([raw])
    warn.mockRestore()
    expect(before).toHaveLength(1)
    const { container } = renderIn('en', <Gallery images={after} />)
    expect(container).toBeEmptyDOMElement()
  })
})

describe('the typographic cover', () => {
  it('sets the code and title in type, hidden from screen readers (the heading says it)', () => {
    const { container } = renderIn(
      'ka',
      <TypographicCover code="4.3" title={{ value: 'Border police training', lang: 'en' }} />,
    )
    const cover = container.querySelector('.media-cover')!
    expect(cover).toHaveAttribute('aria-hidden', 'true')
    expect(cover).toHaveTextContent('4.3Border police training')
    expect(within(cover as HTMLElement).getByText('Border police training')).toHaveAttribute(
      'lang',
      'en',
    )
    expect(cover.querySelector('img')).toBeNull()
  })
})

describe('pages without photos', () => {
  it('the seed’s project overview renders no photo, gallery or stand-in', async () => {
    const project = (await embeddedRepository().read(
      'project',
      'en',
      'secure-borders-safe-migration',
    ))!
    expect(project.mainImage).toBeNull()
    expect(project.gallery).toEqual([])
    const { container } = renderIn('en', <ProjectOverview project={project} />)
    // The map of places is a figure too, but no photo (components/places/PlacesMap.tsx).
    expect(
      container.querySelector('figure:not(.places-map), img, .media-cover, .media-gallery'),
    ).toBeNull()
  })
})

import { render, screen, within } from '@testing-library/react'
import { StudioSetupNotice } from '@/components/StudioSetupNotice'
import { messages } from '@/lib/i18n/messages'
import { editorsGuidePath } from '@/sanity/lib/editors-guide'

describe('the Studio setup notice', () => {
  beforeEach(() => {
    render(<StudioSetupNotice guideHref={editorsGuidePath} />)
  })

  it.each([
    ['ka', 'შინაარსის რედაქტორი ჯერ არ არის გამართული'],
    ['en', 'The content editor is not set up yet'],
  ] as const)('says in %s what is missing, marked with its language', (locale, title) => {
    const heading = screen.getByRole('heading', { level: 1, name: title })
    const section = heading.closest('section')!
    expect(section).toHaveAttribute('lang', locale)
    expect(section).toHaveTextContent(messages[locale].StudioSetup.askIt)
  })

  it('names what IT has to set, as code to copy', () => {
    const codes = screen.getAllByText(/^NEXT_PUBLIC_SANITY_(PROJECT_ID|DATASET)$/)
    expect(codes).toHaveLength(4)
    for (const code of codes) expect(code.tagName).toBe('CODE')
  })

  it('links back to the site and to the guide in each language', () => {
    for (const section of document.querySelectorAll('section')) {
      const locale = section.getAttribute('lang') as 'ka' | 'en'
      const { StudioSetup } = messages[locale]
      expect(within(section).getByRole('link', { name: StudioSetup.back })).toHaveAttribute(
        'href',
        '/',
      )
      expect(within(section).getByRole('link', { name: StudioSetup.guide })).toHaveAttribute(
        'href',
        `/studio/editors-guide/${locale}`,
      )
    }
  })
})

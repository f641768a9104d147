import { isSafeHref } from '@/lib/content/safe-url'

describe('links in content', () => {
  it.each([
    '/en/projects/secure-borders-safe-migration',
    '/ka/activities?cluster=migration-data-management',
    '#objectives',
    'https://georgia.iom.int/',
    'http://example.org/a b',
    'mailto:info@example.org',
    'tel:+995 32 000 0000',
  ])('allows %s', (href) => {
    expect(isSafeHref(href)).toBe(true)
  })

  it.each([
    ['a protocol-relative URL', '//evil.example/x'],
    ['a slash and a backslash', '/\\evil.example/x'],
    ['a backslash anywhere', '/path\\..\\evil'],
    ['a backslash host', '\\\\evil.example'],
    ['a tab that browsers drop', '/\t/evil.example'],
    ['a line break inside a scheme', 'java\nscript:alert(1)'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in capitals with spaces', '  JavaScript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['a relative path without a slash', 'evil.example/x'],
  ])('refuses %s', (_name, href) => {
    expect(isSafeHref(href)).toBe(false)
  })
})

/** The social networks a site settings link may name (Studio list; the site shows the title). */
export const SOCIAL_PLATFORMS = [
  { value: 'facebook', title: 'Facebook' },
  { value: 'x', title: 'X' },
  { value: 'instagram', title: 'Instagram' },
  { value: 'linkedin', title: 'LinkedIn' },
  { value: 'youtube', title: 'YouTube' },
  { value: 'flickr', title: 'Flickr' },
  { value: 'other', title: 'Other' },
] as const

export type SocialPlatform = (typeof SOCIAL_PLATFORMS)[number]['value']
export const SOCIAL_PLATFORM_VALUES = SOCIAL_PLATFORMS.map((p) => p.value)

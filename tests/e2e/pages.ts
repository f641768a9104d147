/** Every kind of public page, with text that must appear on it in each language. */
export const PROJECT = '/projects/secure-borders-safe-migration'

export const PAGES: { path: string; h1: { ka: string; en: string } }[] = [
  // The home page is the portal's front door: its h1 names the portal, not a project.
  { path: '', h1: { ka: 'IOM-ის პროექტები საქართველოში', en: 'IOM projects in Georgia' } },
  { path: '/projects', h1: { ka: 'პროექტები', en: 'Projects' } },
  {
    path: PROJECT,
    h1: {
      ka: 'დაცული საზღვრებისა და უსაფრთხო მიგრაციის მხარდაჭერა',
      en: 'Promoting Secure Borders and Safe Migration',
    },
  },
  { path: `${PROJECT}/objectives`, h1: { ka: 'მიზნები', en: 'Objectives' } },
  { path: `${PROJECT}/about-data`, h1: { ka: 'მონაცემების შესახებ', en: 'About this data' } },
  {
    path: `${PROJECT}/clusters/migration-data-management`,
    h1: {
      ka: 'მიგრაციის მონაცემების მართვის უწყებათაშორისი სისტემის განვითარება',
      en: 'Developing an inter-agency migration data management system',
    },
  },
  {
    path: `${PROJECT}/activities/border-police-hr-policy`,
    h1: {
      ka: 'სასაზღვრო პოლიციის ხელშეწყობა ადამიანური რესურსების სფეროში პოლიტიკის განვითარების მიმართულებით',
      en: 'Support to the Border Police in developing human resources policy',
    },
  },
  { path: '/updates', h1: { ka: 'სიახლეები', en: 'Updates' } },
  {
    path: '/updates/identity-management-training-ministry-of-refugees',
    h1: {
      ka: 'ლტოლვილთა და განსახლების სამინისტროს 16 თანამშრომელმა იდენტობის მართვისა და დოკუმენტების უსაფრთხოების ტრენინგი გაიარა',
      en: '16 officials of the Ministry of Refugees and Accommodation trained in identity management and document security',
    },
  },
]

export const LOCALES = ['ka', 'en'] as const

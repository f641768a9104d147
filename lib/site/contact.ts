/**
 * IOM's public website for Georgia: the footer's contact link. No phone number or address is
 * published on the portal until the IOM Mission confirms them (messages: Footer.contact*).
 */
export const IOM_GEORGIA_URL = 'https://georgia.iom.int'

/**
 * The words of <pcp-contact> in English (`t.contact`), a section of the English catalogue (../en.ts).
 * Importing this module adds them to the English the elements read (../../english.ts): every module
 * that reads `t.contact` imports it, so a page downloads the words of the elements it shows and no more.
 */
import { addEnglish } from '../../english.js';

export const contact = {
  title: 'Contact',
  none: 'This plan gives no contact details.',
  organisation: 'Organisation',
  person: 'Contact',
  address: 'Address',
  phone: 'Phone',
  email: 'Email',
  website: 'Website',
  social: 'Social media',
  otherFormats: 'Other formats',
  /** The accessible formats by the feed's code, as they read in a sentence. */
  formats: {
    braille: 'braille',
    audio: 'audio',
    'large-print': 'large print',
    'easy-read': 'easy read',
    'other-languages': 'other languages',
    'british-sign-language': 'British Sign Language',
  } as Record<string, string>,
  /** `formats` is the list already joined ("braille, audio"). */
  availableIn: (formats: string) => `This plan is available in ${formats}.`,
  askForIt: 'Ask for it:',
  or: 'or',
};

addEnglish({ contact });

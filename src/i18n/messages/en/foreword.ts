/**
 * The words of <pcp-foreword> in English (`t.foreword`), a section of the English catalogue (../en.ts).
 * Importing this module adds them to the English the elements read (../../english.ts): every module
 * that reads `t.foreword` imports it, so a page downloads the words of the elements it shows and no more.
 */
import { addEnglish } from '../../english.js';

export const foreword = {
  none: 'This plan has no foreword.',
  notFound: (foreword: string) => `This plan has no foreword "${foreword}".`,
};

addEnglish({ foreword });

/**
 * The words of <pcp-priority-wheel> in English (`t.wheel`), a section of the English catalogue (../en.ts).
 * Importing this module adds them to the English the elements read (../../english.ts): every module
 * that reads `t.wheel` imports it, so a page downloads the words of the elements it shows and no more.
 */
import { addEnglish } from '../../english.js';

export const wheel = {
  none: 'This plan has no objectives to show.',
  /** The screen-reader summary before the chart; `count` is "7 objectives"; `centre` is empty when the centre shows no text. */
  summary: (title: string, centre: string, count: string, rings: boolean) =>
    `Priority wheel of ${title}: ${centre ? `"${centre}" at the centre, with ` : ''}${count} around ${centre ? 'it' : 'its centre'}${rings ? ' and their actions in an outer ring' : ''}.`,
  actionsOf: (one: string) => `Actions of each ${one}`,
  /** Under a two-ring wheel: what its outer ring and the figures in it are. */
  ringNote: (one: string) => `The outer ring shows the actions of each ${one}, and how many there are.`,
  /** "Develop projects, action 2 of 5 of objective 3"; the objective's title when the plan does not number it. */
  actionName: (text: string, position: number, total: number, one: string, number: string | undefined, title: string) =>
    `${text}, action ${position} of ${total} of ${number !== undefined ? `${one} ${number}` : title}`,
  selected: (one: string, number: string | undefined, title: string) => (number !== undefined ? `Selected ${one} ${number}: ${title}` : `Selected ${one}: ${title}`),
  prompt: (one: string, _other: string) => `Select ${/^[aeiou]/i.test(one) ? 'an' : 'a'} ${one} in the wheel to see what the plan will do.`,
  showAsTable: 'Show as table',
  instructions: 'Use the arrow keys to move round the wheel and Enter to select.',
  number: 'Number',
  title: 'Title',
  summaryHeading: 'Summary',
  actions: 'Actions',
  actionList: 'Action list',
};

addEnglish({ wheel });

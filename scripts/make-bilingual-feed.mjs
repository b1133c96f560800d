#!/usr/bin/env node
// Writes demo/feeds/cumbria-2021-2025-bilingual.json: the Cumbria sample feed with Welsh beside the
// English for its title, strapline, publisher, objectives' titles and introductions, and objective 3's
// first actions. Cumbria publishes in English only, so the Welsh is illustrative (written for this
// sample, not published, not checked by a translator) and the feed says so in its notes. The rest stays
// English only, which shows the elements' fallback. Run after changing the Cumbria feed.
import { readFile, writeFile } from 'node:fs/promises';

const WELSH = {
  'Police and Crime Plan 2021-2025': 'Cynllun Heddlu a Throseddu 2021-2025',
  'Keeping Cumbria Safe': 'Cadw Cumbria’n Ddiogel',
  'Cumbria Police and Crime Commissioner': 'Comisiynydd Heddlu a Throseddu Cumbria',
  objective: 'amcan',
  objectives: 'amcanion',
  'A focus on crime and the causes of crime': 'Canolbwyntio ar droseddu ac achosion troseddu',
  'A visible and effective police presence': 'Presenoldeb heddlu gweladwy ac effeithiol',
  'A focus on victims': 'Canolbwyntio ar ddioddefwyr',
  'Preventing offending and reducing reoffending': 'Atal troseddu a lleihau aildroseddu',
  'Be the voice of the public on policing matters': 'Bod yn llais y cyhoedd ar faterion plismona',
  'Ensuring the Police are at the forefront of the response': 'Sicrhau bod yr Heddlu ar flaen y gad yn yr ymateb',
  'Integrating blue light services': 'Integreiddio’r gwasanaethau golau glas',
  'Work with the local community, the Police and partner agencies to:': 'Gweithio gyda’r gymuned leol, yr Heddlu ac asiantaethau partner i:',
  'Work with the Police and partner agencies to:': 'Gweithio gyda’r Heddlu ac asiantaethau partner i:',
  'Work with partner agencies, the Police and support organisations to:': 'Gweithio gydag asiantaethau partner, yr Heddlu a sefydliadau cymorth i:',
  'Work with partner agencies to:': 'Gweithio gydag asiantaethau partner i:',
  'Commission services to support victims of crime and abuse to help them to cope and recover;':
    'Comisiynu gwasanaethau i gefnogi dioddefwyr troseddau a cham-drin i’w helpu i ymdopi ac adfer;',
  'Ensure victims of crime are offered their entitlements under the national Code of Practice for Victims of Crime;':
    'Sicrhau bod dioddefwyr troseddau yn cael cynnig eu hawliau o dan y Cod Ymarfer cenedlaethol ar gyfer Dioddefwyr Troseddau;',
};

const source = JSON.parse(await readFile(new URL('../demo/feeds/cumbria-2021-2025.json', import.meta.url), 'utf8'));
const feed = structuredClone(source);
const both = (text) => (WELSH[text] ? { en: text, cy: WELSH[text] } : text);

feed.id = 'cumbria-2021-2025-bilingual';
feed.title = both(feed.title);
feed.strapline = both(feed.strapline);
feed.publisher.name = both(feed.publisher.name);
feed.levels = feed.levels.map((level) => ({ ...level, singular: both(level.singular), plural: both(level.plural) }));
for (const objective of feed.objectives) {
  objective.title = both(objective.title);
  if (objective.intro) objective.intro = both(objective.intro);
}
for (const action of feed.objectives[2].actions.slice(0, 2)) action.text = both(action.text);
feed.notes = [
  ...(feed.notes ?? []),
  'Bilingual sample: the Welsh (cy) text is illustrative. Cumbria publishes its plan in English only; the Welsh was written for this sample to show a plan in two languages and has not been checked by a translator. Text without Welsh shows the English fallback.',
];
await writeFile(new URL('../demo/feeds/cumbria-2021-2025-bilingual.json', import.meta.url), `${JSON.stringify(feed, null, 2)}\n`);
const translated = JSON.stringify(feed).match(/"cy":/g).length;
console.log(`wrote demo/feeds/cumbria-2021-2025-bilingual.json (${translated} texts in Welsh)`);

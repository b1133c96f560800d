// The Welsh demo's language switch: sets <html lang>, which every element follows at once.
const PAGE = {
  cy: {
    button: 'Switch to English',
    buttonLang: 'en',
    title: 'Cynllun mewn dwy iaith',
    objectives: 'Amcanion',
    budget: 'Cyllideb',
    html: 'Yr HTML ar gyfer y dudalen hon',
  },
  en: {
    button: 'Newid i’r Gymraeg',
    buttonLang: 'cy',
    title: 'A plan in two languages',
    objectives: 'Objectives',
    budget: 'Budget',
    html: 'The HTML for this page',
  },
};

const button = document.getElementById('switch-language');

function show(lang) {
  document.documentElement.lang = lang;
  const words = PAGE[lang];
  button.textContent = words.button;
  button.lang = words.buttonLang;
  document.getElementById('page-title').textContent = words.title;
  document.getElementById('objectives-heading').textContent = words.objectives;
  document.getElementById('budget-heading').textContent = words.budget;
  document.getElementById('html-heading').textContent = words.html;
  document.getElementById('intro-cy').hidden = lang !== 'cy';
  document.getElementById('intro-en').hidden = lang !== 'en';
}

button.addEventListener('click', () => show(document.documentElement.lang === 'cy' ? 'en' : 'cy'));

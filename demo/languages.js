// The language picker of languages.html: ?lang=ar opens the page in Arabic; the picker changes the
// dossier's lang attribute, and every widget inside re-renders in that language without reloading.
const select = document.getElementById('language');
const dossier = document.getElementById('dossier');
const wanted = new URLSearchParams(location.search).get('lang');
const set = (lang) => {
  dossier.setAttribute('lang', lang);
  select.value = lang;
};
if (wanted) set(wanted);
select.addEventListener('change', () => {
  set(select.value);
  history.replaceState(null, '', `?lang=${select.value}`);
});

// The demo's embed-code page: builds the iframe code for the chosen view from the form, shows it to copy,
// and previews it (this page loads dist/embed-resize.js, so the preview's height follows its content).
const form = document.getElementById('embed-form');
const code = document.getElementById('embed-code');
const preview = document.getElementById('preview');
const copied = document.getElementById('copied');
const dist = new URL('/dist/', location.href);

/** The embed page's address for the form's choices: the feed as an absolute address, empty fields left out. */
function embedURL() {
  const url = new URL('embed.html', dist);
  for (const [name, value] of new FormData(form)) {
    if (!value) continue;
    url.searchParams.set(name, name === 'src' ? new URL(String(value), location.href).href : String(value));
  }
  return url;
}

/** Escapes text for an HTML attribute in the code a portal pastes. */
const attr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update() {
  const url = embedURL();
  const view = form.elements.view.selectedOptions[0].textContent;
  const title = `${view} of ${form.elements.mission.value || 'the feed'} (peacekit)`;
  code.value = `<iframe src="${attr(url.href)}" title="${attr(title)}" style="width: 100%; height: 600px; border: 0" loading="lazy"></iframe>\n`
    + `<!-- Optional, where the page takes a script: the iframe's height then follows its content. -->\n`
    + `<script src="${attr(new URL('embed-resize.js', dist).href)}" defer></script>`;
  if (preview.src !== url.href) preview.src = url.href;
  preview.title = title;
  copied.textContent = '';
}

document.getElementById('copy').addEventListener('click', async () => {
  code.select();
  try {
    await navigator.clipboard.writeText(code.value);
    copied.textContent = 'Copied.';
  } catch {
    copied.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
});
form.addEventListener('input', update);
form.addEventListener('change', update);
update();

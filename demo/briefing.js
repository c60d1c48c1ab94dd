// ?embedded: the same briefing in a 16:9 box of a portal page, under the portal's own header.
if (new URLSearchParams(location.search).has('embedded')) {
  document.body.classList.add('embedded');
  const header = document.createElement('div');
  header.className = 'portal-header';
  header.textContent = 'Peace operations portal · Briefings';
  document.body.prepend(header);
}

// peacekit: makes each iframe of embed.html on this page as tall as its content. Load it once on the
// parent page, after or before the iframes: <script src="…/embed-resize.js" defer></script>.
// It listens for the embed's messages, { type: 'peacekit:height', height, id } (docs/embed.md), and
// sets the height of the iframe that sent one; a message cannot resize any other element.
addEventListener('message', function (event) {
  var data = event.data;
  if (!data || data.type !== 'peacekit:height' || typeof data.height !== 'number' || !(data.height >= 0)) return;
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow === event.source) frames[i].style.height = Math.min(Math.ceil(data.height), 100000) + 'px';
  }
});

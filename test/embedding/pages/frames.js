// A portal's own web component with peacekit inside its shadow root.
customElements.define('portal-card', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    const dossier = document.createElement('pk-dossier');
    dossier.setAttribute('src', '/feeds/sierra-leone.json');
    dossier.setAttribute('mission', 'unamsil');
    for (const tag of ['pk-mission-map', 'pk-sector-matrix', 'pk-peacebuilding-timeline']) {
      const card = document.createElement('div');
      card.style.setProperty('width', '900px');
      card.append(document.createElement(tag));
      dossier.append(card);
    }
    root.append(dossier);
  }
});

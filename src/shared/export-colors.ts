/**
 * The colours an element's SVG export is drawn in: its background and the kit's tokens as computed in
 * its shadow root (read through a probe, so light-dark() resolves to the theme shown).
 */
export interface ExportColors {
  background: string;
  text: string;
  muted: string;
  rule: string;
  area: string;
  fontFamily: string;
}

/** A token's computed colour as rgb() text, read through a probe so light-dark() resolves. */
function resolveColor(root: ShadowRoot, token: string): string | null {
  const probe = document.createElement('span');
  probe.style.setProperty('color', `var(${token})`);
  root.appendChild(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value || null;
}

export function exportColors(host: HTMLElement, root: ShadowRoot): ExportColors {
  const style = getComputedStyle(host);
  const color = (name: string, fallback: string) => resolveColor(root, name) ?? fallback;
  return {
    // The element's own background, else the kit's background token in the theme shown (dark text on a
    // white picture in a dark page would be unreadable).
    background: style.backgroundColor && style.backgroundColor !== 'rgba(0, 0, 0, 0)' ? style.backgroundColor : color('--pk-color-bg', '#ffffff'),
    text: color('--pk-color-text', '#1f2328'),
    muted: color('--pk-color-text-muted', '#59636e'),
    rule: color('--pk-color-border', '#d1d9e0'),
    area: color('--pk-color-surface', '#f6f8fa'),
    fontFamily: style.fontFamily || 'system-ui, sans-serif',
  };
}

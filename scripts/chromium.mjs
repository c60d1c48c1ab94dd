// Where the tests' browser is: $CHROME_PATH, else Debian's /usr/bin/chromium. Nothing downloads one.
import { existsSync } from 'node:fs';

export function chromiumPath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export function requireChromium() {
  const path = chromiumPath();
  if (!existsSync(path)) {
    console.error(`Chromium not found at ${path}: install it with "sudo apt-get install -y chromium" (or set CHROME_PATH).`);
    process.exit(2);
  }
  return path;
}

// As root Chromium needs --no-sandbox; the networking flags keep it from calling out (see TOOLCHAIN.md).
export function chromiumArgs() {
  return [
    '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--font-render-hinting=none', '--force-color-profile=srgb',
  ];
}

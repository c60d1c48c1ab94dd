// The browsers web-test-runner runs the tests in: Debian's Chromium and Debian's Firefox ESR, both
// driven by puppeteer-core (Chromium over CDP, Firefox over WebDriver BiDi). PK_BROWSERS picks some
// ("chromium", "firefox" or "chromium,firefox", the default). A missing Firefox is skipped with the
// one line that says how to get it; a missing Chromium stops the run (scripts/chromium.mjs). Both go
// through puppeteer-core as a custom puppeteer, so the runner names them "Chromium" and "Firefox".
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, requireChromium } from './chromium.mjs';
import { firefoxMissing, firefoxPath, firefoxPrefs } from './firefox.mjs';

export function testBrowsers(names = (process.env.PK_BROWSERS || 'chromium,firefox').split(',').map((s) => s.trim()).filter(Boolean)) {
  const browsers = [];
  for (const name of names) {
    if (name === 'chromium') {
      browsers.push(chromeLauncher({ puppeteer, launchOptions: { executablePath: requireChromium(), headless: true, args: chromiumArgs() } }));
    } else if (name === 'firefox') {
      const missing = firefoxMissing();
      if (missing) {
        console.log(`Firefox run skipped. ${missing}`);
        continue;
      }
      browsers.push(chromeLauncher({
        puppeteer,
        launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true, extraPrefsFirefox: firefoxPrefs },
      }));
    } else {
      throw new Error(`PK_BROWSERS: unknown browser "${name}" (chromium or firefox)`);
    }
  }
  return browsers;
}

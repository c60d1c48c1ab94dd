// Where the tests' second browser is: $FIREFOX_PATH, else Debian's /usr/bin/firefox-esr. Nothing
// downloads one: puppeteer-core drives the installed Firefox over WebDriver BiDi.
import { existsSync } from 'node:fs';

export function firefoxPath() {
  return process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
}

/** The one line that says how to get Firefox, or null when it is there. */
export function firefoxMissing() {
  const path = firefoxPath();
  return existsSync(path) ? null : `Firefox not found at ${path}: install it with "sudo apt-get install -y firefox-esr" (or set FIREFOX_PATH).`;
}

/** Preferences for a headless test Firefox that stays off the network. */
export const firefoxPrefs = {
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'toolkit.telemetry.enabled': false,
};

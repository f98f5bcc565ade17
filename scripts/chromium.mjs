// Finds a system Chromium for the browser tests, the benchmark and the screenshot script.
// No tool here may download a browser of its own: the machines this runs on have no internet.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATE_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const CANDIDATE_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Flags that make headless Chromium render WebGL in software and stay off the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const INSTALL_HINT =
  'No Chromium found for the browser tests: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
  'or set CHROME_PATH to its executable.';

/** @returns {string | undefined} */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const path of CANDIDATE_PATHS) if (existsSync(path)) return path;
  for (const command of CANDIDATE_COMMANDS) {
    try {
      const found = execFileSync('which', [command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  return undefined;
}

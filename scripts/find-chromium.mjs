// Finds a Chromium or Chrome for the browser tests and the benchmark: STRATA_CHROMIUM (or CHROME_PATH)
// first, then the usual install locations and names on PATH.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium'
];
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export function findChromium() {
	const fromEnv = process.env.STRATA_CHROMIUM || process.env.CHROME_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
	for (const path of CANDIDATES) if (existsSync(path)) return path;
	for (const name of NAMES) {
		const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
		const path = found.stdout?.trim();
		if (found.status === 0 && path) return path;
	}
	return null;
}

export const HOW_TO_GET_CHROMIUM = `No Chromium or Chrome was found for the browser tests.
  • Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  • macOS:          install Google Chrome, or  brew install --cask chromium
  • Elsewhere:      set STRATA_CHROMIUM=/path/to/chrome (or CHROME_PATH) and run npm test again.`;

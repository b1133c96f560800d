#!/usr/bin/env node
// Makes sure the browser tests have a Chrome or Chromium. Order: $CHROME_PATH, then the usual
// Debian/Ubuntu/macOS locations; when none is found and we are root on Debian, `apt-get install
// chromium`; otherwise one line saying what to install. Prints the browser it will use.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

const found = findChrome();
if (found) {
  console.log(`Browser tests will use ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chrome or Chromium found: installing Debian\'s chromium with apt-get…');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    // fall through to the message below
  }
  const installed = findChrome();
  if (installed) {
    console.log(`Browser tests will use ${installed}`);
    process.exit(0);
  }
}
console.error('No Chrome or Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to its executable.');
process.exit(1);

// Debian's Chromium and the flags every headless run here needs (no sandbox as root, and no
// background networking: the machine's network reaches only the package registries).
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

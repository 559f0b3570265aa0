// Debian's Chromium as every script and test here starts it (../shared/STACK.md): headless, and with
// background networking off, because without those flags it floods this closed network with connections.
import { existsSync } from 'node:fs';

/** The flags every headless Chromium started by this project gets. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where Chromium is: CHROME_PATH if set, else Debian's, or undefined when neither exists. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p));
}

/** Options for playwright-core's `chromium.launch`; throws, saying how to install it, when Chromium is missing. */
export function chromiumLaunchOptions(): { executablePath: string; args: string[] } {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium is not installed: run `apt-get install -y chromium` (CI does this in .ci/run).');
  return { executablePath, args: [...CHROMIUM_FLAGS] };
}

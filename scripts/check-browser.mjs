// Fails at once, with one line saying how to get one, when there is no Chromium for the browser tests.
import { findChromium, INSTALL_HINT } from './chromium.mjs';

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

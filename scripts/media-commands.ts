// A vitest browser command (run in Node) that emulates a media feature of the reader's system,
// which a page cannot set for itself: forced colors (Windows high contrast).
import type { BrowserCommand } from 'vitest/node';

const emulateForcedColors: BrowserCommand<[active: boolean]> = async (context, active) => {
  if (context.provider.name !== 'playwright') throw new Error('forced colors are emulated with Playwright only');
  await context.page.emulateMedia({ forcedColors: active ? 'active' : 'none' });
};

export const mediaCommands = { emulateForcedColors };

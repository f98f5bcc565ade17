import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { maplibreCssPlugin } from './scripts/maplibre-css-plugin.mjs';
import { sharedDirPlugin } from './scripts/shared-dir-plugin.ts';
import { testServerCommands } from './scripts/test-servers.ts';
import { mediaCommands } from './scripts/media-commands.ts';
import { cspPagePlugin } from './scripts/csp-page-plugin.ts';

export default defineConfig({
  plugins: [sharedDirPlugin(), maplibreCssPlugin()],
  optimizeDeps: { exclude: ['maplibre-gl'] },
  test: {
    projects: [
      {
        plugins: [maplibreCssPlugin()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [sharedDirPlugin(), maplibreCssPlugin(), cspPagePlugin()],
        optimizeDeps: { exclude: ['maplibre-gl'] },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium', viewport: { width: 1000, height: 700 } }],
            commands: { ...testServerCommands, ...mediaCommands },
          },
        },
      },
    ],
  },
});

import './test/support/node20.ts';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    globals: true,
    projects: [
      {
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'unit',
          globals: true,
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // browser.i18n from public/_locales/en (the fake browser has none); Preact's effects after
          // a timer, not a frame (test/support/preact-effects.ts).
          setupFiles: ['test/support/i18n-setup.ts', 'test/support/preact-effects.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          globals: true,
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});

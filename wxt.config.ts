import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { datasetPlugin } from './lib/node/dataset-plugin';

export default defineConfig({
  vite: () => ({ plugins: [preact(), datasetPlugin()] }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'Sourced, time-aware context for the organisations, people, places and documents named in news articles.',
    // No host permissions: the content script is declared for http(s) pages. A host is asked for
    // at run time only when the user imports a pack from a URL on it.
    permissions: ['storage'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'next-term': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Move to the next marked term and open its card',
      },
      'previous-term': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Move to the previous marked term and open its card',
      },
    },
    ...(browser === 'firefox'
      ? {
          // Manifest V2 has no optional_host_permissions: hosts go with the optional permissions.
          optional_permissions: ['https://*/*', 'http://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              strict_min_version: '142.0',
              // Backstory collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});

import type { StorybookConfig } from '@storybook/react-vite';

// Stories of every presentational component in src/components, fed from fixtures/ (see stories/data).
// Addons are installed with npm and listed here (`storybook add` does not work on this machine).
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen' },
  viteFinal: (vite) => ({
    ...vite,
    // The app's Content-Security-Policy plugin is for the built app: Storybook's own pages need inline scripts.
    // Stories analyse cases (one mixes languages) on the page itself: every language and the bridge are
    // registered at once, as in Node, not loaded per case as the app's page and worker do.
    plugins: (vite.plugins ?? []).flat().filter((p) => !(p && typeof p === 'object' && 'name' in p && (p.name === 'parallax-csp' || p.name === 'parallax-languages-on-demand'))),
  }),
};

export default config;

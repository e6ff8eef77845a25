import type { Decorator, Preview } from '@storybook/react-vite';
import { directionOf, I18nProvider, type Locale } from '../src/i18n/index.tsx';
import '../src/app/styles.css';

/** Every story in the chosen interface language, laid out in its direction (as the app does). */
const withInterfaceLanguage: Decorator = (Story, context) => {
  const locale: Locale = context.globals.locale === 'ar' ? 'ar' : 'en';
  return (
    <I18nProvider locale={locale}>
      <div className="app" dir={directionOf(locale)} lang={locale} style={{ padding: '1rem' }}>
        <Story />
      </div>
    </I18nProvider>
  );
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Interface language',
      toolbar: {
        title: 'Interface',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'ar', title: 'العربية' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [withInterfaceLanguage],
  parameters: {
    layout: 'fullscreen',
    controls: { matchers: { color: /(background|color)$/i } },
    a11y: { test: 'todo' },
  },
  tags: ['autodocs'],
};

export default preview;

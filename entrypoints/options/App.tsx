import { useSignalEffect } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { SettingsForm } from '@/components/settings/SettingsForm';
import { applyUiLanguage } from '@/components/settings/ui-language';
import { TemplateManager } from '@/components/templates/TemplateManager';
import { t } from '@/lib/i18n';
import { loadSettings, watchSettings } from '@/lib/settings';

export function App() {
  // Bumped by "Clear all data": remounting the sections makes each reload its state from empty storage.
  const [generation, setGeneration] = useState(0);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    loadSettings()
      .then((s) => live && applyUiLanguage(s.uiLanguage))
      .finally(() => live && setReady(true));
    // Another window (or the side panel's drawer) may change the language while this page is open.
    const unwatch = watchSettings((s) => applyUiLanguage(s.uiLanguage));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  // t() reads the uiLang signal, so the tab title follows a language switch.
  useSignalEffect(() => {
    document.title = t('optPageTitle');
  });

  if (!ready) return null;
  return (
    <div class="opt-page" data-testid="options-page">
      <a class="opt-skip" href="#templates">
        {t('optSkipToTemplates')}
      </a>
      <header class="opt-header">
        <h1>{t('extName')}</h1>
        <p>{t('optLocalOnly')}</p>
      </header>
      <main>
        <section class="opt-section" aria-labelledby="opt-settings-heading">
          <h2 id="opt-settings-heading">{t('optSettingsTitle')}</h2>
          <SettingsForm key={generation} onCleared={() => setGeneration((g) => g + 1)} />
        </section>
        <section class="opt-section" id="templates" aria-labelledby="opt-templates-heading" tabIndex={-1}>
          <h2 id="opt-templates-heading">{t('tplTitle')}</h2>
          <TemplateManager key={generation} />
        </section>
      </main>
    </div>
  );
}

import { useSignal, useSignalEffect } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { DiscCard } from '@/components/panel/DiscCard';
import { DraftCoach } from '@/components/panel/DraftCoach';
import { EscalationChips } from '@/components/panel/EscalationChips';
import { EvidenceList } from '@/components/panel/EvidenceList';
import { ModalDrawer } from '@/components/panel/ModalDrawer';
import { MoodHeader } from '@/components/panel/MoodHeader';
import { moodLine } from '@/components/panel/mood-line';
import { ReaderNotice } from '@/components/panel/ReaderNotice';
import { SelfCareCard } from '@/components/panel/SelfCareCard';
import { StateCard } from '@/components/panel/StateCard';
import { Suggestions } from '@/components/panel/Suggestions';
import { SettingsForm } from '@/components/settings/SettingsForm';
import { readingIsUnsure } from '@/lib/adapters/confidence';
import { getToughCount, recordTough } from '@/lib/care/tough-counter';
import { t } from '@/lib/i18n';
import type { IheartStep } from '@/lib/types';
import { copyText, enableThisSite, insertIntoPage, pickArea, readOnce, reloadTab, showInPage } from './controller';
import { coachEngine } from './engines';
import {
  analysis,
  care,
  careDismissedFor,
  coach,
  conversation,
  customerLang,
  disc,
  discPending,
  discSure,
  drawerOpen,
  firstReadoutOnly,
  modelState,
  pasteMode,
  pasteText,
  settings,
  status,
  suggestionForStep,
  suggestionLang,
  suggestionLangOverride,
  suggestions,
  tabId,
  tabUrl,
  toast,
} from './state';

/** Where the conversation came from, as the agent knows it: its title, else the site's host. */
function sourceName(title: string | undefined, url: string): string {
  if (title?.trim()) return title.trim().slice(0, 60);
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

function conversationKey(): string {
  const c = conversation.value;
  return c ? `${tabId.value}:${c.source}:${c.title ?? ''}:${c.messages[0]?.text.slice(0, 40) ?? ''}` : '';
}

export function App() {
  const announcement = useSignal('');
  const toughToday = useSignal<number | null>(null);
  const settingsButton = useRef<HTMLButtonElement>(null);
  // While the settings dialog covers the panel, everything under it is out of reach (Tab and screen readers).
  const behindDialog = drawerOpen.value;

  // Announce mood changes politely, once per change, for screen-reader users.
  useSignalEffect(() => {
    const a = analysis.value;
    announcement.value = a ? t('announceMood', moodLine(a)) : '';
  });

  useSignalEffect(() => {
    const c = care.value;
    const key = conversationKey();
    if (!c || !settings.value.toughCountsEnabled || !key) {
      toughToday.value = null;
      return;
    }
    recordTough(key).then(() => getToughCount().then((n) => (toughToday.value = n)));
  });

  useSignalEffect(() => {
    if (!toast.value) return;
    const id = setTimeout(() => (toast.value = null), 4000);
    return () => clearTimeout(id);
  });

  const a = analysis.value;
  const c = conversation.value;
  const careNow = care.value;
  const addStep = (step: IheartStep) => {
    const s = suggestionForStep(step);
    if (s) insertIntoPage(s.text, s.placeholders);
  };

  return (
    <div class="panel">
      <header class="bar" inert={behindDialog}>
        <span class="brand">
          <img src="/icon/32.png" alt="" width="18" height="18" />
          Heartline
        </span>
        {c && !pasteMode.value && (
          <span class="source muted">{t('sourceLine', sourceName(c.title, tabUrl.value), c.messages.length)}</span>
        )}
        <span class="bar-actions">
          <button
            type="button"
            class={`btn-icon${pasteMode.value ? ' is-on' : ''}`}
            aria-pressed={pasteMode.value}
            data-testid="paste-toggle"
            onClick={() => (pasteMode.value = !pasteMode.value)}
          >
            {t('paste')}
          </button>
          <button
            ref={settingsButton}
            type="button"
            class="btn-icon"
            aria-haspopup="dialog"
            aria-expanded={drawerOpen.value}
            aria-controls="settings-drawer"
            data-testid="settings-open"
            onClick={() => (drawerOpen.value = !drawerOpen.value)}
          >
            {t('settings')}
          </button>
        </span>
      </header>

      <main class="content" inert={behindDialog}>
        {pasteMode.value && (
          <section class="card paste">
            <label for="paste-box" class="card-title">
              {t('pasteTitle')}
            </label>
            <textarea
              id="paste-box"
              data-testid="paste-box"
              rows={5}
              placeholder={t('pastePlaceholder')}
              value={pasteText.value}
              onInput={(e) => (pasteText.value = (e.target as HTMLTextAreaElement).value)}
            />
          </section>
        )}

        {!pasteMode.value && status.value !== 'ready' && !a && (
          <StateCard
            status={status.value}
            actions={{
              pick: pickArea,
              enable: /^https?:/.test(tabUrl.value) ? enableThisSite : undefined,
              readOnce,
              reload: reloadTab,
              paste: () => (pasteMode.value = true),
            }}
          />
        )}

        {a && c && (
          <>
            {!pasteMode.value && readingIsUnsure(c) && <ReaderNotice onPick={pickArea} />}
            <MoodHeader analysis={a} refining={modelState.value === 'loading'} />
            <EscalationChips analysis={a} />
            {careNow && careDismissedFor.value !== conversationKey() && (
              <SelfCareCard
                level={careNow.level as 'gentle' | 'strong'}
                toughToday={toughToday.value}
                onDismiss={() => (careDismissedFor.value = conversationKey())}
              />
            )}
            <DiscCard
              disc={disc.value}
              enabled={settings.value.discEnabled}
              sure={discSure.value}
              pending={discPending.value}
            />
            {!firstReadoutOnly.value && (
              <>
                {coach.value && coachEngine.value && (
                  <DraftCoach
                    report={coach.value}
                    maxChars={coachEngine.value.MAX_COACHED_CHARS}
                    onAddStep={addStep}
                    onCopy={(text) => copyText(text)}
                  />
                )}
                <Suggestions
                  suggestions={suggestions.value}
                  lang={suggestionLang.value}
                  customerLang={customerLang.value}
                  onLang={(l) => (suggestionLangOverride.value = l)}
                  onInsert={(s) => insertIntoPage(s.text, s.placeholders)}
                  onCopy={(s) => copyText(s.text)}
                />
              </>
            )}
            <EvidenceList analysis={a} messages={c.messages} onShow={showInPage} canShow={!pasteMode.value} />
          </>
        )}
      </main>

      {drawerOpen.value && (
        <ModalDrawer
          id="settings-drawer"
          title={t('settings')}
          closeLabel={t('close')}
          onClose={() => (drawerOpen.value = false)}
          returnFocus={settingsButton}
        >
          <SettingsForm compact source={settings} />
        </ModalDrawer>
      )}

      <div class="sr-only" role="status" aria-live="polite">
        {announcement.value}
      </div>
      {toast.value && (
        <div class={`toast toast-${toast.value.kind}`} role="status">
          {toast.value.text}
        </div>
      )}
    </div>
  );
}

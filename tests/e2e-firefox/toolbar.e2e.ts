import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  clickToolbarButton as clickButton,
  EXTENSION_ORIGIN,
  type FirefoxHarness,
  inBrowserWindow,
  launchFirefox,
  openDemo,
  SIDEBAR_ID,
} from '../../scripts/lib/firefox-browser';

// What a Firefox user touches first: the add-on installs, its sidebar shows the panel, the toolbar
// button and Alt+Shift+H open and close it.

let h: FirefoxHarness;
beforeAll(async () => {
  h = await launchFirefox();
});
afterAll(async () => {
  await h?.close();
});

interface SidebarState {
  open: boolean;
  id: string | null;
  url: string | null;
}
const sidebar = () =>
  inBrowserWindow<SidebarState>(
    h,
    `const b = SidebarController.browser?.contentDocument?.getElementById('webext-panels-browser');
     return { open: SidebarController.isOpen, id: SidebarController.currentID ?? null, url: b?.currentURI?.spec ?? null };`,
  );

const PANEL_URL = `${EXTENSION_ORIGIN}/sidepanel.html`;

/** Waits for the sidebar to settle: closed, or open with the panel loaded (that takes a moment). */
async function sidebarBecomes(open: boolean): Promise<SidebarState> {
  const settled = (s: SidebarState) => (open ? s.open && s.url === PANEL_URL : !s.open);
  // Generous: on a loaded 2-core CI machine Firefox has taken over 10 s to load the sidebar's page.
  // A failure prints the last state seen rather than just "false".
  await expect
    .poll(
      async () => {
        const s = await sidebar();
        return settled(s) || s;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return sidebar();
}

const clickToolbarButton = () => clickButton(h);

// Keys are sent to the browser window: BiDi's key actions reach the page but, headless, never bubble
// up to Firefox's own shortcut handling, where the add-on's command is registered.
const pressShortcut = () =>
  inBrowserWindow<void>(
    h,
    `document.activeElement?.blur();
     EU.synthesizeKey('H', { altKey: true, shiftKey: true }, window);`,
  );

describe('Firefox add-on', () => {
  test('installs, and Firefox opens its sidebar with the panel', async () => {
    const s = await sidebarBecomes(true);
    expect(s.id).toBe(SIDEBAR_ID);
    expect(s.id).toBe(SIDEBAR_ID);
  });

  test('the toolbar button closes and reopens the sidebar', async () => {
    await openDemo(h, '/helpdesk.html?c=en-cancel-repeat');
    await sidebarBecomes(true);
    await clickToolbarButton();
    await sidebarBecomes(false);
    await clickToolbarButton();
    const s = await sidebarBecomes(true);
    expect(s.id).toBe(SIDEBAR_ID);
  });

  // SidebarController.isOpen flips as soon as the command runs, so a key that leaves it unchanged for
  // seconds was dropped by the headless window (seen once on a loaded CI machine); it is sent again.
  async function toggleByShortcut(open: boolean): Promise<SidebarState> {
    for (let attempt = 0; attempt < 3; attempt++) {
      await pressShortcut();
      const flipped = await expect
        .poll(async () => (await sidebar()).open, { timeout: 5_000 })
        .toBe(open)
        .then(
          () => true,
          () => false,
        );
      if (flipped) break;
    }
    return sidebarBecomes(open);
  }

  test('Alt+Shift+H toggles the sidebar', async () => {
    await sidebarBecomes(true);
    await toggleByShortcut(false);
    const s = await toggleByShortcut(true);
    expect(s.id).toBe(SIDEBAR_ID);
  });

  test('the shortcut is the one the manifest suggests', async () => {
    const key = await inBrowserWindow<string[]>(
      h,
      `const k = document.querySelector('keyset[id^="ext-keyset-id-"] key[id$="-sidebar-action"]');
       return k ? [k.getAttribute('key'), k.getAttribute('modifiers')] : [];`,
    );
    expect(key).toEqual(['H', 'alt,shift']);
  });
});

import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '@/lib/page/script-context';

// Heartline's content-script context (swapped in for WXT's by wxt.config.ts) must start without telling the
// page, and nothing the page dispatches may stop it. Only a newer copy of the script itself may.

const STARTED = `${fakeBrowser.runtime.id}:content:wxt:content-script-started`;
const live: ContentScriptContext[] = [];

function start(name = 'content'): ContentScriptContext {
  const ctx = new ContentScriptContext(name);
  live.push(ctx);
  return ctx;
}

afterEach(() => {
  for (const ctx of live.splice(0)) ctx.notifyInvalidated();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('content script context', () => {
  test('starting posts nothing to the page and dispatches no DOM event', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    const windowDispatched = vi.spyOn(window, 'dispatchEvent');
    start();
    expect(posted).not.toHaveBeenCalled();
    expect(dispatched).not.toHaveBeenCalled();
    expect(windowDispatched).not.toHaveBeenCalled();
  });

  test("the page's forged WXT handshake, in every shape, changes nothing", () => {
    const ctx = start();
    const detail = { contentScriptName: 'content', messageId: 'forged' };
    document.dispatchEvent(new CustomEvent(STARTED, { detail }));
    window.dispatchEvent(new CustomEvent(STARTED, { detail }));
    window.postMessage({ type: STARTED, ...detail }, '*');
    document.dispatchEvent(new CustomEvent('wxt:content-script-started', { detail }));
    expect(ctx.isInvalid).toBe(false);
  });

  test('a second copy of the same script stops the first; other scripts are left alone', () => {
    const first = start();
    const other = start('picker');
    const stopped = vi.fn();
    first.onInvalidated(stopped);
    const second = start();
    expect(stopped).toHaveBeenCalledOnce();
    expect(first.isInvalid).toBe(true);
    expect(second.isValid).toBe(true);
    expect(other.isValid).toBe(true);
  });

  test('an orphaned copy (the extension was reloaded: no runtime id) reports itself invalid', () => {
    const ctx = start();
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(ctx.isInvalid).toBe(true);
  });

  test('location changes reach the handler directly, and stop with the context', () => {
    vi.useFakeTimers();
    const ctx = start();
    const seen: string[] = [];
    ctx.addEventListener(window, 'wxt:locationchange', (e) =>
      seen.push(String((e as unknown as { newUrl: URL }).newUrl)),
    );
    const windowDispatched = vi.spyOn(window, 'dispatchEvent');
    history.pushState({}, '', '/ticket/2');
    vi.advanceTimersByTime(1100);
    expect(seen).toEqual([new URL('/ticket/2', location.href).href]);
    expect(windowDispatched).not.toHaveBeenCalled();
    ctx.notifyInvalidated();
    history.pushState({}, '', '/ticket/3');
    vi.advanceTimersByTime(1100);
    expect(seen).toHaveLength(1);
  });

  test('other listeners end with the context', () => {
    const ctx = start();
    const fn = vi.fn();
    ctx.addEventListener(document, 'custom-thing', fn);
    document.dispatchEvent(new Event('custom-thing'));
    ctx.notifyInvalidated();
    document.dispatchEvent(new Event('custom-thing'));
    expect(fn).toHaveBeenCalledOnce();
  });
});

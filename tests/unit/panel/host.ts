import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';
import { uiLang } from '@/lib/i18n';

/**
 * A fresh element in the document for each test, English UI, and both taken down after it. `set` receives the
 * element, so a test file keeps its own `host` variable.
 */
export function withHost(set: (el: HTMLElement) => void): void {
  let el: HTMLElement;
  beforeEach(() => {
    el = document.createElement('div');
    document.body.append(el);
    uiLang.value = 'en';
    set(el);
  });
  afterEach(() => {
    render(null, el);
    el.remove();
    uiLang.value = 'en';
  });
}

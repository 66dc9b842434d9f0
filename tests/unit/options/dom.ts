// Small hand-written stand-ins for @testing-library queries: the project adds no test dependencies.
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

export interface Mounted {
  container: HTMLElement;
  unmount: () => void;
}

export async function mount(ui: ComponentChild): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => {
    render(ui, container);
  });
  await settle();
  return {
    container,
    unmount: () => {
      render(null, container);
      container.remove();
    },
  };
}

/** Lets storage promises, effects and re-renders run. */
export async function settle(ms = 0): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  }
}

export function byTestId<T extends Element = HTMLElement>(root: ParentNode, id: string): T {
  const el = root.querySelector<T & Element>(`[data-testid="${id}"]`);
  if (!el) throw new Error(`no element with data-testid="${id}"`);
  return el as T;
}

export function allByTestId<T extends Element = HTMLElement>(root: ParentNode, id: string): T[] {
  return [...root.querySelectorAll<T & Element>(`[data-testid="${id}"]`)] as T[];
}

/** The form control a <label> names, by the label's visible text (for= or nesting). */
export function byLabel<T extends HTMLElement = HTMLInputElement>(root: ParentNode, text: string): T {
  for (const label of root.querySelectorAll('label')) {
    if (label.textContent?.trim() !== text) continue;
    const forId = label.getAttribute('for');
    const control = forId ? label.ownerDocument.getElementById(forId) : label.querySelector('input,select,textarea');
    if (control) return control as T;
  }
  throw new Error(`no control labelled "${text}"`);
}

export async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(el: HTMLSelectElement, value: string): Promise<void> {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function click(el: Element): Promise<void> {
  await act(() => {
    (el as HTMLElement).click();
  });
  await settle();
}

export async function blur(el: HTMLElement): Promise<void> {
  await act(() => {
    el.dispatchEvent(new FocusEvent('blur'));
    el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });
}

// "Pick the conversation area": an outline follows the pointer, click or Enter takes the element,
// arrow-up widens to the parent (arrow-down narrows back), Esc cancels. The overlay lives in a closed
// shadow root so the page's CSS and scripts cannot reach it, and it is removed when done. Text is
// set with textContent only; page text is never turned into HTML.
import { OWN_UI_ATTR } from './dom-text';

export interface PickerStrings {
  hint: string;
  cancel: string;
}

const CSS = `
:host { all: initial; }
.box { position: fixed; pointer-events: none; border: 2px solid #6d5dfc; background: rgba(109, 93, 252, 0.12);
  border-radius: 4px; box-sizing: border-box; display: none; }
.bar { position: fixed; left: 50%; top: 12px; transform: translateX(-50%); pointer-events: auto; display: flex;
  gap: 12px; align-items: center; padding: 8px 12px; border-radius: 10px; background: #1f2330; color: #fff;
  font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
button { all: unset; cursor: pointer; padding: 2px 10px; border-radius: 6px; background: rgba(255,255,255,.16); }
`;

export function pickElement(doc: Document, strings: PickerStrings): Promise<Element | null> {
  const host = doc.createElement('div');
  host.setAttribute(OWN_UI_ATTR, 'picker');
  host.style.cssText = 'position:fixed;inset:0;z-index:2147483647;pointer-events:none;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'box';
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'status');
  const hint = doc.createElement('span');
  hint.textContent = strings.hint;
  const cancelButton = doc.createElement('button');
  cancelButton.type = 'button';
  cancelButton.textContent = strings.cancel;
  bar.append(hint, cancelButton);
  shadow.append(style, box, bar);
  (doc.body ?? doc.documentElement).appendChild(host);

  let current: Element | null = null;
  /** Elements the agent narrowed away from with arrow-up, to step back down. */
  const widened: Element[] = [];

  const draw = () => {
    if (!current) {
      box.style.display = 'none';
      return;
    }
    const r = current.getBoundingClientRect();
    box.style.display = 'block';
    box.style.left = `${r.left}px`;
    box.style.top = `${r.top}px`;
    box.style.width = `${r.width}px`;
    box.style.height = `${r.height}px`;
  };

  const pickable = (el: Element | null): el is Element =>
    !!el && el !== host && el !== doc.documentElement && el !== doc.body && !host.contains(el);

  return new Promise((resolve) => {
    const finish = (el: Element | null) => {
      doc.removeEventListener('pointermove', onMove, true);
      doc.removeEventListener('mousemove', onMove, true);
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('pointerdown', swallow, true);
      doc.removeEventListener('mousedown', swallow, true);
      doc.removeEventListener('mouseup', swallow, true);
      doc.removeEventListener('keydown', onKey, true);
      host.remove();
      resolve(el);
    };

    const onMove = (e: Event) => {
      const t = e.target as Element | null;
      if (!pickable(t)) return;
      if (t !== current) {
        current = t;
        widened.length = 0;
        draw();
      }
    };
    // The page must not react to the clicks that choose an element.
    const swallow = (e: Event) => {
      if (e.target === host) return;
      e.preventDefault();
      e.stopPropagation();
    };
    const onClick = (e: Event) => {
      if (e.target === host) return; // the overlay's own button handles itself
      e.preventDefault();
      e.stopPropagation();
      (e as Event & { stopImmediatePropagation?: () => void }).stopImmediatePropagation?.();
      const t = e.target as Element | null;
      finish(current ?? (pickable(t) ? t : null));
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        finish(null);
      } else if (e.key === 'Enter' && current) {
        e.preventDefault();
        e.stopPropagation();
        finish(current);
      } else if (e.key === 'ArrowUp' && current) {
        e.preventDefault();
        const parent = current.parentElement;
        if (pickable(parent)) {
          widened.push(current);
          current = parent;
          draw();
        }
      } else if (e.key === 'ArrowDown' && widened.length > 0) {
        e.preventDefault();
        current = widened.pop() ?? current;
        draw();
      }
    };
    cancelButton.addEventListener('click', (e) => {
      e.stopPropagation();
      finish(null);
    });

    doc.addEventListener('pointermove', onMove, true);
    doc.addEventListener('mousemove', onMove, true);
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('pointerdown', swallow, true);
    doc.addEventListener('mousedown', swallow, true);
    doc.addEventListener('mouseup', swallow, true);
    doc.addEventListener('keydown', onKey, true);
  });
}

/** Ids and classes that build tools generate change with every deploy; they make poor memories. */
function generated(token: string): boolean {
  return (
    token.length > 32 ||
    /\d{3,}/.test(token) ||
    /^(ember|react|ext-gen|yui|j_id|ng-|:r|mui-|radix-|headlessui-|css-|sc-|jsx-|svelte-|emotion-)/i.test(token) ||
    (/^_?[a-z0-9]{5,8}$/i.test(token) && /\d/.test(token)) ||
    /__[a-z0-9]{4,}$/i.test(token) ||
    (/[A-Z].*\d|\d.*[A-Z]/.test(token) && token.length < 12)
  );
}

function esc(s: string): string {
  return s.replace(/([^\w-])/g, '\\$1').replace(/^(\d)/, '\\3$1 ');
}

// aria-label is left out: it often carries the open conversation's name, which changes per conversation.
const STABLE_ATTRS = ['data-testid', 'data-test-id', 'data-test', 'data-qa', 'data-cy', 'role', 'name'];

function stepFor(el: Element): string {
  const tag = el.tagName.toLowerCase();
  for (const a of STABLE_ATTRS) {
    const v = el.getAttribute(a);
    if (v && v.length <= 60 && !generated(v.replace(/\s+/g, '')))
      return `${tag}[${a}="${v.replace(/["\\]/g, '\\$&')}"]`;
  }
  const classes = Array.from(el.classList)
    .filter((c) => !generated(c))
    .slice(0, 2);
  return classes.length > 0 ? `${tag}.${classes.map(esc).join('.')}` : tag;
}

function unique(doc: Document | ShadowRoot, selector: string, el: Element): boolean {
  try {
    const found = doc.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/** A CSS selector for `el` that survives re-renders: stable ids and data-test hooks first, positions last. */
export function selectorFor(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const steps: string[] = [];
  let node: Element | null = el;
  for (let depth = 0; node && depth < 10; depth++) {
    const id = node.getAttribute('id');
    if (id && !generated(id) && unique(root, `#${esc(id)}`, node)) {
      steps.unshift(`#${esc(id)}`);
      return steps.join(' > ');
    }
    let step = stepFor(node);
    const parent: Element | null = node.parentElement;
    if (parent) {
      const same = Array.from(parent.children).filter((c) => c.matches(step));
      if (same.length > 1) {
        const tag = node.tagName;
        const index = Array.from(parent.children)
          .filter((c) => c.tagName === tag)
          .indexOf(node);
        step += `:nth-of-type(${index + 1})`;
      }
    }
    steps.unshift(step);
    const candidate = steps.join(' > ');
    if (unique(root, candidate, el)) return candidate;
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'HTML') break;
    node = parent;
  }
  const full = steps.join(' > ');
  return unique(root, full, el) ? full : `body > ${full}`;
}

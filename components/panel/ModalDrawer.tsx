import type { ComponentChildren, RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function focusableIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden], [inert]'));
}

export interface ModalDrawerProps {
  id: string;
  title: string;
  closeLabel: string;
  onClose: () => void;
  /** Where focus goes back to when the drawer closes (the button that opened it). */
  returnFocus: RefObject<HTMLElement | null>;
  children: ComponentChildren;
}

/**
 * A drawer that covers the panel is a modal dialog: focus moves into it, Tab cycles inside it, Escape closes it,
 * and focus goes back to the button that opened it. The rest of the panel is made inert by the caller while it
 * is open, so neither Tab nor a screen reader's virtual cursor lands on controls hidden underneath.
 */
export function ModalDrawer({ id, title, closeLabel, onClose, returnFocus, children }: ModalDrawerProps) {
  const ref = useRef<HTMLDivElement>(null);

  // Layout effect, not effect: focus must be inside before the dialog is painted, or a Tab pressed in that frame
  // would land on the page underneath.
  useLayoutEffect(() => {
    (ref.current?.querySelector<HTMLElement>('[data-autofocus]') ?? ref.current)?.focus();
    return () => {
      // After unmount, so the button is no longer inert when it takes focus.
      setTimeout(() => returnFocus.current?.focus(), 0);
    };
  }, [returnFocus]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const items = focusableIn(ref.current);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return event.preventDefault();
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === ref.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    } else if (!ref.current.contains(active)) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div
      id={id}
      ref={ref}
      class="drawer"
      role="dialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-testid="settings-dialog"
    >
      <div class="drawer-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button
          type="button"
          class="btn-icon"
          aria-label={closeLabel}
          data-autofocus
          data-testid="settings-close"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {children}
    </div>
  );
}

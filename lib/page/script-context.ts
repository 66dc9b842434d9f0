import { browser } from 'wxt/browser';

// Stands in for WXT's ContentScriptContext (wxt.config.ts aliases `wxt/utils/content-script-context` here).
// WXT 0.21's context announces every start to the page, by window.postMessage and a document event named
// "<extension id>:content:wxt:content-script-started", and stops the running script when such an event arrives.
// Any page can read the id from that message and dispatch the event: Heartline would be found out, then
// silenced. A newer copy of our script finds the older one here instead, through the isolated world's own
// global object, which the page can neither see nor write. Nothing about a start reaches the page.

const REGISTRY = Symbol.for('heartline.content-script-contexts');

type Registry = Record<string, ContentScriptContext | undefined>;

interface NavigationLike extends EventTarget {
  addEventListener(type: 'navigate', cb: (event: Event) => void, options?: AddEventListenerOptions): void;
}

export class ContentScriptContext {
  readonly id = Math.random().toString(36).slice(2);
  private readonly abortController = new AbortController();
  private readonly locationHandlers: Array<(event: Event) => void> = [];
  private watchingLocation = false;

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {
    const scope = globalThis as unknown as { [REGISTRY]?: Registry };
    const registry = scope[REGISTRY] ?? {};
    scope[REGISTRY] = registry;
    // The same script injected again (an enabled site, then "Read this page once"): one copy is enough.
    registry[contentScriptName]?.notifyInvalidated();
    registry[contentScriptName] = this;
    this.onInvalidated(() => {
      if (registry[contentScriptName] === this) registry[contentScriptName] = undefined;
    });
  }

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  abort(reason?: unknown): void {
    this.abortController.abort(reason);
  }

  /** An extension update or reload orphans this copy; its runtime then has no id. */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => {
      if (!this.signal.aborted) callback(deadline);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /**
   * "wxt:locationchange" handlers are called directly rather than through a DOM event, which the page could
   * observe or forge; other events are listened to until the context ends.
   */
  addEventListener(
    target: EventTarget | undefined,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void {
    if (type === 'wxt:locationchange') {
      this.locationHandlers.push(handler);
      this.watchLocation();
      return;
    }
    target?.addEventListener?.(type, handler as EventListener, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  private watchLocation(): void {
    if (this.watchingLocation || !this.isValid) return;
    this.watchingLocation = true;
    let last = location.href;
    const check = (next: string) => {
      if (next === last || this.signal.aborted) return;
      const event = Object.assign(new Event('wxt:locationchange'), { newUrl: new URL(next), oldUrl: new URL(last) });
      last = next;
      for (const handler of this.locationHandlers) handler(event);
    };
    const navigation = (globalThis as unknown as { navigation?: NavigationLike }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener(
        'navigate',
        (event) => {
          // The page can dispatch a bare "navigate" Event; only a real NavigateEvent carries a destination.
          const url = (event as Event & { destination?: { url?: unknown } }).destination?.url;
          if (typeof url === 'string') check(url);
        },
        { signal: this.signal },
      );
    } else {
      this.setInterval(() => check(location.href), 1000);
    }
  }
}

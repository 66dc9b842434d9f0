import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
// In the extension the generic reader is injected on demand (lib/adapters/generic-slot.ts); tests read with it.
import '@/lib/adapters/generic';
import { installFakePorts } from './fake-ports';

beforeEach(() => {
  fakeBrowser.reset();
  installFakePorts();
});

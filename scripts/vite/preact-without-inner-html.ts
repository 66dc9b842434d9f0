import type { Plugin } from 'vite';

// Heartline never renders an HTML string: page text is untrusted. Preact's one HTML sink is
// dangerouslySetInnerHTML; cutting it out of the bundle means no code path can write HTML, and
// Mozilla's linter has no unsafe assignment to flag in the store build. Using the prop now throws.
const SINK = /\((\w+)\.innerHTML=(\w+)\.__html\)/;
const PREACT = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;

export function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'heartline:preact-without-inner-html',
    transform(code, id) {
      if (!PREACT.test(id.split('?')[0] ?? '')) return null;
      if (!SINK.test(code)) {
        if (/\.innerHTML\s*=/.test(code))
          this.error('Preact changed how it writes HTML: update preact-without-inner-html.ts');
        return null;
      }
      return { code: code.replace(SINK, '(()=>{throw Error("Heartline renders no HTML strings")})()'), map: null };
    },
  };
}

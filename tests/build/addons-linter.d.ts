// addons-linter ships no types; this is the part of its documented library API the tests use.
declare module 'addons-linter' {
  interface Linter {
    run(): Promise<unknown>;
  }
  const addonsLinter: { createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): Linter };
  export default addonsLinter;
}

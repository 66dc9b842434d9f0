export default defineContentScript({
  matches: ['http://localhost/*'],
  main() {},
});

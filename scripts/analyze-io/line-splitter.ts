/**
 * Cuts a stream of text chunks into lines as readline does: \n, \r\n and a lone \r each end a line, and a
 * \r\n split across two chunks is one break. A line longer than a chunk is gathered in parts and joined once,
 * so a 1 MB line costs one pass, not one per chunk.
 */
export class LineSplitter {
  private parts: string[] = [];
  /** The last chunk ended with \r, so a \n at the start of the next one belongs to that break. */
  private afterCr = false;
  constructor(private readonly line: (l: string) => void) {}

  push(chunk: string): void {
    let start = 0;
    if (this.afterCr && chunk.charCodeAt(0) === 0x0a) start = 1;
    this.afterCr = false;
    const n = chunk.length;
    // The next \r and \n, found by indexOf (native, and most input has no \r at all), not a loop in JS.
    let cr = chunk.indexOf('\r', start);
    let lf = chunk.indexOf('\n', start);
    while (cr >= 0 || lf >= 0) {
      let i = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
      this.emit(chunk.slice(start, i));
      if (i === cr) {
        if (i + 1 === n) this.afterCr = true;
        else if (chunk.charCodeAt(i + 1) === 0x0a) i++;
      }
      start = i + 1;
      if (cr >= 0 && cr < start) cr = chunk.indexOf('\r', start);
      if (lf >= 0 && lf < start) lf = chunk.indexOf('\n', start);
    }
    if (start < n) this.parts.push(chunk.slice(start));
  }

  end(): void {
    if (this.parts.length > 0) this.emit('');
  }

  private emit(tail: string): void {
    const parts = this.parts;
    if (parts.length === 0) {
      this.line(tail);
      return;
    }
    parts.push(tail);
    const l = parts.join('');
    parts.length = 0;
    this.line(l);
  }
}

export interface Mounted {
  getText(): string;
}
export function mountDraft(host: HTMLElement): Mounted;
export function mountSlate(host: HTMLElement): Mounted;
export function mountLexical(host: HTMLElement, rich: boolean): Mounted;

import { describe, expect, test, vi } from 'vitest';
import { markupMemo } from '@/lib/adapters/markup-memo';

function setup() {
  document.body.innerHTML = '<article class="msg in"><p>Where is my parcel?</p><span data-x="1"></span></article>';
  const el = document.querySelector('article') as Element;
  const compute = vi.fn((e: Element) => ({ text: e.textContent ?? '' }));
  const memo = markupMemo<{ text: string }>((v) => ({ ...v }));
  memo.get(el, 'a', compute);
  return { el, compute, memo };
}

describe('markupMemo', () => {
  test.each([
    ['nothing changed', () => {}, 'a', 1],
    ['text edited', (el: Element) => ((el.querySelector('p') as Element).textContent = 'Found it'), 'a', 2],
    ['a class changed deep inside', (el: Element) => el.querySelector('span')?.setAttribute('class', 'out'), 'a', 2],
    ['an attribute of the element itself', (el: Element) => el.setAttribute('class', 'msg out'), 'a', 2],
    ['a child added', (el: Element) => el.append(document.createElement('em')), 'a', 2],
    ['another variant asked for', () => {}, 'b', 2],
  ])('%s → computed %i time(s) in all', (_name, change, variant, calls) => {
    const { el, compute, memo } = setup();
    change(el);
    memo.get(el, variant, compute);
    expect(compute).toHaveBeenCalledTimes(calls);
  });

  test('an element holding a shadow root is always read afresh', () => {
    const { el, compute, memo } = setup();
    const host = document.createElement('x-body');
    el.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>inside</p>';
    memo.get(el, 'a', compute);
    memo.get(el, 'a', compute);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  test('callers get a copy they may change', () => {
    const { el, compute, memo } = setup();
    const first = memo.get(el, 'a', compute);
    first.text = 'changed by the caller';
    expect(memo.get(el, 'a', compute).text).toBe('Where is my parcel?');
  });
});

describe('markupMemo learns of changes from the page, not by comparing markup', () => {
  test('a change made and read in the same task is seen (pending records are taken first)', () => {
    const { el, compute, memo } = setup();
    (el.querySelector('p') as Element).textContent = 'Found it';
    expect(memo.get(el, 'a', compute).text).toBe('Found it');
  });

  test('a block moved out and back is read again, then followed under its new parent', async () => {
    const { el, compute, memo } = setup();
    const other = document.createElement('section');
    document.body.append(other);
    other.append(el);
    memo.get(el, 'a', compute);
    expect(compute).toHaveBeenCalledTimes(2);
    el.querySelector('span')?.setAttribute('data-x', '2');
    await Promise.resolve();
    memo.get(el, 'a', compute);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  test('a change inside a block nested in another watched block drops both', () => {
    document.body.innerHTML = '<div id="t"><article id="a"><div id="inner"><p id="b">x</p></div></article></div>';
    const memo = markupMemo<string>((v) => v);
    const compute = vi.fn((e: Element) => e.textContent ?? '');
    const a = document.getElementById('a') as Element;
    const b = document.getElementById('b') as Element;
    memo.get(a, '', compute);
    memo.get(b, '', compute);
    (b.firstChild as Text).data = 'y';
    expect(memo.get(b, '', compute)).toBe('y');
    expect(memo.get(a, '', compute)).toBe('y');
  });
});

describe('markupMemo.getAll', () => {
  test('answers like get, block by block, reading only the changed ones', () => {
    document.body.innerHTML = '<div id="t"><p>one</p><p>two</p><p>three</p></div>';
    const blocks = Array.from(document.querySelectorAll('#t p'));
    const compute = vi.fn((e: Element) => ({ text: e.textContent ?? '' }));
    const memo = markupMemo<{ text: string }>((v) => ({ ...v }));
    expect(memo.getAll(blocks, 'a', compute).map((r) => r.text)).toEqual(['one', 'two', 'three']);
    (blocks[1] as Element).textContent = 'two, edited';
    const again = memo.getAll(blocks, 'a', compute);
    expect(again.map((r) => r.text)).toEqual(['one', 'two, edited', 'three']);
    expect(compute).toHaveBeenCalledTimes(4);
    expect(memo.get(blocks[0] as Element, 'a', compute).text).toBe('one');
    expect(compute).toHaveBeenCalledTimes(4);
  });
});

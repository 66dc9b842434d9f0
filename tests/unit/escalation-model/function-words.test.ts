import { describe, expect, test } from 'vitest';
import { onlyFunctionWords } from '@/lib/analysis/escalation/learned/function-words';

const span = (text: string, part: string) => {
  const at = text.indexOf(part);
  return onlyFunctionWords(text, at, at + part.length);
};

describe('a model flag cannot rest on function words alone', () => {
  test.each([
    ['you rock.', 'ou'],
    ['are you there?', 'you'],
    ['expect the unexpected', 'the'],
    ['you do that again', 'that'],
    ['你也是', '你也'],
    ['给你', '给你'],
    ['給你們', '你們'],
    ['好的，我去看看', '我去看看'],
    ['好，我去试试', '我去试试'],
    ['order 1920 and 1930', '1920 and 1930'],
  ])('%s: "%s" is only function words', (text, part) => {
    expect(span(text, part)).toBe(true);
  });

  test.each([
    ['you absolute clown', 'you absolute'],
    ['i will sue you', 'sue'],
    ['this is the third time', 'third'],
    ['do that again', 'again'],
    ['又是我', '又是'],
    ['我要投诉', '投诉'],
    ['智障喔', '智障'],
    ['我去消协', '我去消协'],
    ['我去告你们', '我去告'],
  ])('%s: "%s" holds a word that can carry intent', (text, part) => {
    expect(span(text, part)).toBe(false);
  });
});

describe('numerals are no intent either', () => {
  test('二十 and 三十五 read as numbers, 第三次 does not', () => {
    expect(span('民国三十五年', '三十五')).toBe(true);
    expect(span('清光绪二十年', '二十')).toBe(true);
    expect(span('这是第三次', '第三')).toBe(false);
  });
});

import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { installModel } from '@/lib/model';
import { settle } from '@/lib/model/blend';
import type { Emotion, MessageAnalysis } from '@/lib/types';

const EN = 0;
const ZH = 1;

/** The rules' own read of `text` (no model), with chosen strengths overridden for the case under test. */
function rules(text: string, primary: MessageAnalysis['primary'], strengths: Partial<Record<Emotion, number>>) {
  installModel(null);
  const lex = analyzeMessage(text);
  return {
    ...lex,
    primary,
    emotions: { anger: 0, frustration: 0, anxiety: 0, sadness: 0, confusion: 0, joy: 0, gratitude: 0, ...strengths },
  };
}

describe('settle: where the rules have the last word', () => {
  test('an unsure model does not name a feeling the rules found no word of', () => {
    const lex = rules('截图已经上传到附件。', 'neutral', {});
    expect(settle('anxiety', 0.3, 0.25, 0.6, lex, ZH, '截图已经上传到附件。')).toEqual({
      label: 'neutral',
      confidence: 0.25,
    });
    // Sure of its label, or sure the customer is upset: the model's reading stands.
    expect(settle('anxiety', 0.6, 0.2, 0.6, lex, ZH, '').label).toBe('anxiety');
    expect(settle('sadness', 0.4, 0.1, 0.88, lex, ZH, '').label).toBe('sadness');
  });

  test('Chinese anger or sadness gives way to the rules’ frustration when they saw no word of it', () => {
    const lex = rules('客服到现在都没回我消息', 'frustration', { frustration: 0.5 });
    expect(settle('anger', 0.7, 0.05, 0.95, lex, ZH, '').label).toBe('frustration');
    expect(settle('sadness', 0.7, 0.05, 0.95, lex, ZH, '').label).toBe('frustration');
    // English rows did teach the model frustration: its anger stands.
    expect(settle('anger', 0.7, 0.05, 0.95, lex, EN, '').label).toBe('anger');
    // A word of anger in the message: the model's anger stands.
    const angry = rules('气死我了，客服到现在都没回我消息', 'frustration', { frustration: 0.6, anger: 0.4 });
    expect(settle('anger', 0.7, 0.05, 0.95, angry, ZH, '').label).toBe('anger');
  });

  test('a calm Chinese question read as confusion stays a question; an exclaimed one does not', () => {
    const asked = '“暂停服务”和“注销账号”有什么区别？';
    const lex = rules(asked, 'confusion', { confusion: 0.58 });
    expect(settle('anger', 0.6, 0.1, 0.8, lex, ZH, asked).label).toBe('confusion');
    const exclaimed = '可乐全洒在袋子里了，怎么喝？！';
    expect(settle('anger', 0.6, 0.1, 0.8, lex, ZH, exclaimed).label).toBe('anger');
    expect(settle('anger', 0.6, 0.1, 0.8, lex, EN, asked).label).toBe('anger');
  });

  test('a calm question weighing two readings is confusion, not the catch-all frustration', () => {
    const asked = 'The app says my trial ended, but I was charged on the 3rd. Am I on the paid plan or not?';
    // Without evidence spans (as in training's scoring) the calm-question step (calm-question.test.ts) is
    // skipped, so this is the weighing rule's own gate.
    const bare = ({ primary, emotions }: ReturnType<typeof rules>) => ({ primary, emotions });
    const lex = bare(rules(asked, 'frustration', { frustration: 0.5, confusion: 0.27 }));
    expect(settle('frustration', 0.35, 0.03, 0.82, lex, EN, asked).label).toBe('confusion');
    // Exclaimed, sure of the frustration, two clear words of complaint, or a word of anger: it stands.
    const exclaimed = 'The app says my trial ended, but I was charged! Am I on the paid plan or not?';
    expect(settle('frustration', 0.35, 0.03, 0.82, lex, EN, exclaimed).label).toBe('frustration');
    expect(settle('frustration', 0.7, 0.03, 0.82, lex, EN, asked).label).toBe('frustration');
    const fed = bare(rules(asked, 'frustration', { frustration: 0.7, confusion: 0.27 }));
    expect(settle('frustration', 0.35, 0.03, 0.82, fed, EN, asked).label).toBe('frustration');
    const angry = bare(rules(asked, 'frustration', { frustration: 0.5, anger: 0.3, confusion: 0.27 }));
    expect(settle('frustration', 0.35, 0.03, 0.82, angry, EN, asked).label).toBe('frustration');
    // A bare "why…?" with nothing weighed is how complaints are put: it stands.
    const why = 'Why am I being charged tax twice? This is the second time.';
    expect(settle('frustration', 0.35, 0.03, 0.82, lex, EN, why).label).toBe('frustration');
  });

  test('a polite request the model half reads as confusion is a plain request', () => {
    const asked = 'Can you resend the invoice for October? I need it in PDF for our accountant.';
    const lex = rules(asked, 'neutral', { confusion: 0.27 });
    expect(settle('confusion', 0.45, 0.34, 0.12, lex, EN, asked)).toEqual({ label: 'neutral', confidence: 0.34 });
    // Not a request, or the model sure of the confusion, or the rules' own confusion: it stands.
    const what = 'What does the sync conflict icon mean?';
    expect(settle('confusion', 0.45, 0.34, 0.12, lex, EN, what).label).toBe('confusion');
    expect(settle('confusion', 0.7, 0.2, 0.12, lex, EN, asked).label).toBe('confusion');
    const confused = rules(asked, 'confusion', { confusion: 0.6 });
    expect(settle('confusion', 0.45, 0.34, 0.12, confused, EN, asked).label).toBe('confusion');
  });

  test('a strong specific feeling in the words outranks the model’s catch-all frustration', () => {
    const lex = rules('I am furious.', 'anger', { anger: 0.7 });
    expect(settle('frustration', 0.6, 0.1, 0.9, lex, EN, '').label).toBe('anger');
  });
});

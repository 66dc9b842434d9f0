import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';

// Rules alone (no model installed): the shapes of passive self-harm and of a weapon brought to our door.
describe('harm: self-harm said as others better off, as not being here, as not caring whether I wake', () => {
  test.each([
    "i keep thinking everyone would be better off if i just wasn't around. idk why i'm telling a chatbot this",
    'Some nights I lie awake thinking it would be easier to just not be here any more.',
    'To be honest I have stopped caring whether I wake up in the mornings.',
    'It would be a relief for my family if I wasn’t here.',
    'Honestly I wish I had never been born.',
    "I'm coming down to your Shoreditch office with a bat.",
    "If that money's gone then honestly there's no reason for me to still be here.",
    '有时候觉得干脆死掉算了。',
    '有時候覺得乾脆死掉算了。',
  ])('%s', (text) => {
    expect(analyzeMessage(text).escalation).toContain('harm');
  });

  test.each([
    "It would be easier for the engineer if I wasn't here during the install.",
    'I wasn’t here when the parcel came, so please leave it next door.',
    "I'm coming to your office with the paperwork on Monday.",
    'I don’t care whether I get the blue one or the grey one.',
    'I want to die of embarrassment, I sent the order to the wrong flat.',
    'There is no reason to be here early, the shop opens at 10.',
  ])('no harm: %s', (text) => {
    expect(analyzeMessage(text).escalation).not.toContain('harm');
  });
});

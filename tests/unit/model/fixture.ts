// A tiny training set written for these tests (not from any corpus): enough rows of each kind for the pipeline
// to learn something, few enough to train in a second or two.
import type { LabelledText } from '../../../scripts/train/featurize';

const L = { anger: 0, frustration: 1, anxiety: 2, sadness: 3, confusion: 4, joy: 5, gratitude: 6, neutral: 7 };
const NEG = new Set([L.anger, L.frustration, L.anxiety, L.sadness]);

const EMOTION_ROWS: [string, number][] = [
  ['This is outrageous, you people are useless and I am livid', L.anger],
  ['I am so angry right now, nobody listens to me', L.anger],
  ['你们这是什么破服务，气死我了', L.anger],
  ['太过分了，简直是欺负人', L.anger],
  ['Third time asking and still nothing works, ugh', L.frustration],
  ['The app keeps crashing again and again', L.frustration],
  ['I am worried the payment did not go through', L.anxiety],
  ['好担心明天的考试，怎么办', L.anxiety],
  ['I miss my dog so much, the house feels empty', L.sadness],
  ['今天好难过，想哭', L.sadness],
  ['How do I change the address on my order?', L.confusion],
  ['I do not understand what this setting does', L.confusion],
  ['This made my day, I love it!', L.joy],
  ['今天真开心，太棒了', L.joy],
  ['Thank you so much for the quick help', L.gratitude],
  ['Thanks a lot, really appreciate it', L.gratitude],
  ['The meeting is at three on Tuesday', L.neutral],
  ['明天上午十点开会', L.neutral],
  ['The store opens at nine', L.neutral],
  ['这本书一共有十二章', L.neutral],
];

const REVIEW_ROWS: [string, number][] = [
  ['房间很脏，服务态度差，再也不来了', 1],
  ['质量太差，用了两天就坏了', 1],
  ['快递太慢，等了一个星期', 1],
  ['东西很好，物超所值，推荐', 0],
  ['酒店位置方便，早餐不错', 0],
  ['包装完好，发货很快，满意', 0],
];

export const FIXTURE: LabelledText[] = [
  ...EMOTION_ROWS.map(([text, label]) => ({ text, label, negative: NEG.has(label) ? 1 : 0 })),
  ...REVIEW_ROWS.map(([text, negative]) => ({ text, label: -1, negative })),
];

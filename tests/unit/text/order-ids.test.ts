import { expect, test } from 'vitest';
import { findOrderIds } from '@/lib/text/order-ids';

test.each([
  ['hash id', ['My order #A10293 is late'], ['#A10293']],
  ['order number with dash', ['order number 123-4567 never came'], ['123-4567']],
  ['order no.', ['Order no. 88123 was charged twice'], ['88123']],
  ['order id with colon', ['order ID: XK-55120'], ['XK-55120']],
  ['simplified 订单号', ['订单号：20261122-8841 还没发货'], ['20261122-8841']],
  ['traditional 訂單編號', ['訂單編號 TW-55821 商品損壞'], ['TW-55821']],
  ['full-width hash', ['订单号＃JD20261122001'], ['#JD20261122001']],
  ['no digit, no id', ['what is my order status?', 'I ordered twice'], []],
  ['short numbers are not ids', ['order 12 items', 'item #12'], []],
  ['same id twice, with and without #', ['Order #A10293', 'about A10293: order A10293'], ['#A10293']],
  [
    'first appearance order across texts',
    ['refund for order #B2', 'order #A20488 and #C30077'],
    ['#A20488', '#C30077'],
  ],
])('%s', (_name, texts, expected) => {
  expect(findOrderIds(texts)).toEqual(expected);
});

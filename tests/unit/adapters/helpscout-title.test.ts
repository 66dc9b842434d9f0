import { expect, test } from 'vitest';
import { parseTitle } from '@/lib/adapters/sites/helpscout';

test.each([
  ['#10482 Wrong size shipped - Hannah Okafor', { subject: 'Wrong size shipped', customer: 'Hannah Okafor' }],
  // A dash inside the subject stays in the subject: the customer is after the last " - ".
  ['#7 Refund - second request - Li Wei', { subject: 'Refund - second request', customer: 'Li Wei' }],
  ['#20931 空气净化器一直没发货 - 王女士', { subject: '空气净化器一直没发货', customer: '王女士' }],
  ['Help Scout', null],
  ['#12 No customer here', null],
  ['10482 Wrong size shipped - Hannah', null],
  ['# - x', null],
])('%s', (title, expected) => {
  expect(parseTitle(title)).toEqual(expected);
});

import { findCustomerAsCause } from './en-blame';
import { findDeflection } from './en-deflect';
import { findNoOwner } from './en-no-owner';
import { findCommonKnowledge } from './en-obvious';
import { findRefusal, findRuleAsReason } from './en-refuse';
import { findRepeatReproach } from './en-repeat';
import { findSarcasm } from './en-sarcasm';
import { findShrinking } from './en-shrink';
import { sentences } from './en-text';
import { lastCall } from './memo';
import type { ClauseReader } from './types';

const split = lastCall(sentences);

export const EN_CLAUSE_READERS: readonly ClauseReader[] = [
  { id: 'en-clause-customer-as-cause', kind: 'blame', find: (d) => findCustomerAsCause(split(d)) },
  { id: 'en-clause-not-us', kind: 'defensive', find: (d) => findDeflection(d, split(d)) },
  { id: 'en-clause-shrinks-problem', kind: 'dismissive', find: (d) => findShrinking(split(d)) },
  { id: 'en-clause-repeat-reproach', kind: 'dismissive', find: (d) => findRepeatReproach(split(d)) },
  { id: 'en-clause-common-knowledge', kind: 'dismissive', find: (d) => findCommonKnowledge(d, split(d)) },
  { id: 'en-clause-refusal', kind: 'absolute', find: (d) => findRefusal(d, split(d)) },
  { id: 'en-clause-rule-as-reason', kind: 'policy', find: (d) => findRuleAsReason(d, split(d)) },
  { id: 'en-clause-no-owner', kind: 'no-ownership', find: (d) => findNoOwner(d, split(d)) },
  { id: 'en-clause-mock-sympathy', kind: 'sarcasm', find: (d) => findSarcasm(d, split(d)) },
];

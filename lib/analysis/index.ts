export { analyzeConversation } from './conversation';
export { detectLanguage } from './language';
export { MAX_EVIDENCE, MAX_MESSAGE_CHARS, MAX_MESSAGES } from './limits';
export { type AnalyzeOptions, analyzeMessage } from './message';
export { type Stripped, stripQuoted } from './quoted';

/** The Word adapter: the Office.js implementation of SpeechDeskWord and its error type. */
export * from './api';
export { createOfficeWord } from './officeWord';
export { WordAdapterError } from './errors';
export { detectCapabilities } from './capabilities';

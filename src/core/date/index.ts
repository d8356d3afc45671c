/** Dates in speech text: year roles, deadlines, sections, history cues. Pure and clock-free. */
export * from './calendar';
export * from './clause';
export * from './deadlines';
export * from './history';
export { parseCount, parseYearDigits } from '../text/numerals';
export * from './sections';
export * from './years';

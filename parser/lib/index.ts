/** The parser's helper library: dates, act numbers, regions gazetteer, stemming. */
export * from './dates.js';
export * from './numbers.js';
export * from './regions.js';
export * from './stem.js';

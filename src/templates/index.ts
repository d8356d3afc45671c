/** The drafting library: host-free, used by the task pane, the CLI and the tests. */
export * from './schema';
export * from './numbering';
export * from './render';
export * from './library';
export * from './search';
export * from './personal';
export * from './audit';
export * from './validity';
export * from './wording';
export * from './placement';

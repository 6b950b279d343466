// The post content rules alone (text, networks, accessibility, content hash, wall clock), for the SPA's
// composer: importing the whole domain index would also bring the password policy's zxcvbn
// dictionaries (1.1 MB gzip) into the composer's route, through @zxcvbn-ts/core's side effects.
export * from './lib/planning/networks';
export * from './lib/time/wall-clock';
export * from './lib/text/text-span';
export * from './lib/text/graphemes';
export * from './lib/text/emoji';
export * from './lib/text/entities';
export * from './lib/text/text-analysis';
export * from './lib/text/thread-split';
export * from './lib/text/sentences';
export * from './lib/networks/network-capabilities';
export * from './lib/networks/violation';
export * from './lib/networks/variant';
export * from './lib/networks/text-length';
export * from './lib/networks/media-rules';
export * from './lib/networks/validate-variant';
export * from './lib/networks/network-thread';
export * from './lib/networks/rule-messages';
export * from './lib/accessibility/accessibility-gate';
export * from './lib/accessibility/readability';

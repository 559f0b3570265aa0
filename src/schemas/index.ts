export * from './common.ts';
export * from './offer.ts';
export * from './place.ts';
export * from './district.ts';
export * from './contact.ts';
export * from './incentive.ts';

export type { TextSpan, TextQuoteAnchor } from './types';
export { locateQuote, type LocateOptions, type LocateResult, type LocateFailure } from './locate';
export { findAllOccurrences } from './occurrences';
export { anchorQuote, buildAnchor, verifyAnchor, DEFAULT_CONTEXT_LENGTH, type VerifyResult } from './anchor';
export { reanchor, type ReanchorResult } from './reanchor';
export { extractNumbers, findNumberInQuote, type NumberCheck, type NumberToken } from './numbers';
export { checkPeriod, type PeriodCheck, type PeriodEvidence, type PeriodEvidenceScope } from './period-check';

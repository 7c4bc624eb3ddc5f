// canReadRecord for the public, as a query filter: only published records that are not deleted.
// Every public query uses it, so drafts can never leak into a page, a feed or the API.
export const publicFilter = { status: 'PUBLISHED', deletedAt: null } as const;

// A figure without a verified citation is never shown as fact.
export const hasVerifiedCitation = { citations: { some: { verifiedAt: { not: null } } } } as const;

// A record's address name: lower-case ASCII words joined by hyphens, as every form and the seed
// allow them. Anything else in a URL names no record and is answered 404 (or 400 in the API)
// before it reaches the database, where a NUL byte would be a database error.
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isSlug = (value: string): boolean => value.length <= 80 && SLUG_PATTERN.test(value);

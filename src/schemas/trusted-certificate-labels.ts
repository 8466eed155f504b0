/**
 * The trust-list upload's limit and message, without zod: the upload form (a client component)
 * checks the size before sending, and the page does not load zod for it.
 */
export const TRUSTED_CERTIFICATE_MAX_BYTES = 1024 * 1024;
export const TRUSTED_CERTIFICATE_TOO_LARGE = "Tệp quá lớn (tối đa 1 MB).";

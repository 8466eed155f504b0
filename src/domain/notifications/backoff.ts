/**
 * When a failed e-mail is tried again: 30 s after the first failure, doubling, at most an hour
 * apart; after `MAX_MAIL_ATTEMPTS` (about a day of trying) it is left FAILED for the
 * administrators to see. A server that refuses the message itself (5xx) is not asked again.
 */

export const MAX_MAIL_ATTEMPTS = 30;

export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/**
 * Whether an SMTP failure is final: the server refused this message (5xx, e.g. no such mailbox),
 * rather than being unreachable, busy or misconfigured (a refused login is fixed by the
 * administrator, after which the mail goes out).
 */
export function isPermanentMailFailure(error: { responseCode?: number; code?: string }): boolean {
  const code = error.responseCode;
  return error.code !== "EAUTH" && code !== undefined && code >= 500 && code < 600;
}

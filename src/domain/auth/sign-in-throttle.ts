/**
 * Sign-in throttling (issue 14, point 8): a delay that grows with each failure, per account and
 * per client address — never a lock. The old rule (10 failures, then every attempt refused for
 * 15 minutes, even with the right password) let anyone keep a chairperson out by typing wrong
 * passwords on purpose. Now:
 * - An attempt made before the delay has passed is refused without its password being looked at,
 *   and it does not lengthen the delay: an attacker can make one real guess per delay, and the
 *   owner, once the delay has passed, gets in with the right password.
 * - Account: 5 failures cost nothing (typos); the 5th makes the next attempt wait 1 s, and each
 *   further one doubles it, up to 15 minutes (≈ 100 guesses a day at most). Failures count for
 *   24 hours, and only since the last successful sign-in or since an administrator of the
 *   account's unit (or above) released it.
 * - Address: one client (the proxy's X-Real-IP behind TRUST_PROXY=1, else the socket's address)
 *   gets 10 failures an hour across all accounts before the same doubling delay: spraying a
 *   password over many accounts from one place is slowed. A shared office address stays usable.
 * The counts come from the SignInAttempt table, shared by every app instance.
 */
export const ACCOUNT_FREE_FAILURES = 5;
export const ADDRESS_FREE_FAILURES = 10;
export const ACCOUNT_WINDOW_MINUTES = 24 * 60;
export const ADDRESS_WINDOW_MINUTES = 60;
export const MAX_DELAY_SECONDS = 15 * 60;

/** Seconds to wait after the last of `failures` counted failures; 0 while they are free. */
export function delayAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(MAX_DELAY_SECONDS, 2 ** (failures - free));
}

export type FailureCount = { failures: number; lastFailureAt: Date | null };

export type ThrottleInput = {
  account: FailureCount;
  /** null when the client address is unknown. */
  address: FailureCount | null;
  now: Date;
};

/** Whole seconds the next attempt must still wait (0: it may be checked now). */
export function secondsToWait({ account, address, now }: ThrottleInput): number {
  const wait = (count: FailureCount, free: number) => {
    if (!count.lastFailureAt) return 0;
    const until = count.lastFailureAt.getTime() + delayAfter(count.failures, free) * 1000;
    return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
  };
  return Math.max(wait(account, ACCOUNT_FREE_FAILURES), address ? wait(address, ADDRESS_FREE_FAILURES) : 0);
}

/** Where counting starts: the window, or a later release or success of the account. */
export function accountCountFrom(now: Date, since: (Date | null)[]): Date {
  const window = new Date(now.getTime() - ACCOUNT_WINDOW_MINUTES * 60_000);
  return since.reduce<Date>((from, d) => (d && d > from ? d : from), window);
}

export function addressCountFrom(now: Date): Date {
  return new Date(now.getTime() - ADDRESS_WINDOW_MINUTES * 60_000);
}

/** "45 giây", "3 phút": how long to wait, for the message. */
export function waitText(seconds: number): string {
  return seconds < 60 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`;
}

export const throttledMessage = (seconds: number) =>
  `Đăng nhập sai nhiều lần. Vui lòng đợi ${waitText(seconds)} rồi đăng nhập lại với mật khẩu đúng.`;
export const BAD_CREDENTIALS_MESSAGE = "Thư điện tử hoặc mật khẩu không đúng.";

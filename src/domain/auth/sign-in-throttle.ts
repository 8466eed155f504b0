/**
 * Sign-in throttling (issue "Foundation", item 2): after 10 failed attempts for one account or
 * from one address within 15 minutes, further attempts are refused until the window has moved
 * on — even with the right password, so guessing cannot be confirmed. The counts come from the
 * SignInAttempt table, shared by every app instance.
 */
export const MAX_FAILURES = 10;
export const WINDOW_MINUTES = 15;

export type ThrottleInput = {
  failuresForAccount: number;
  /** null when the client address is unknown (no trusted proxy header). */
  failuresForAddress: number | null;
};

export function isThrottled({ failuresForAccount, failuresForAddress }: ThrottleInput): boolean {
  return failuresForAccount >= MAX_FAILURES || (failuresForAddress ?? 0) >= MAX_FAILURES;
}

export function windowStart(now: Date): Date {
  return new Date(now.getTime() - WINDOW_MINUTES * 60_000);
}

export const THROTTLED_MESSAGE = `Đăng nhập sai quá ${MAX_FAILURES} lần trong ${WINDOW_MINUTES} phút. Vui lòng thử lại sau ${WINDOW_MINUTES} phút.`;
export const BAD_CREDENTIALS_MESSAGE = "Thư điện tử hoặc mật khẩu không đúng.";

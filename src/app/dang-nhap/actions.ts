"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/server/auth/auth";
import { BAD_CREDENTIALS_MESSAGE, throttledMessage } from "@/domain/auth/sign-in-throttle";
import { fieldErrorsOf } from "@/server/actions/result";
import type { ActionResult } from "@/schemas/action-result";

const ZSignIn = z.object({
  email: z.string().trim().min(1, "Nhập thư điện tử.").email("Thư điện tử không hợp lệ.").max(200),
  password: z.string().min(1, "Nhập mật khẩu.").max(200),
  // Only same-site paths: an absolute URL here would be an open redirect.
  callbackUrl: z
    .string()
    .regex(/^\/(?!\/)/)
    .catch("/"),
});

/** The typed email comes back so the form can show it again after a refusal (React resets forms after actions). */
export type SignInState = ActionResult & { email?: string };

export async function signInAction(_prev: SignInState | null, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "").slice(0, 200);
  const parsed = ZSignIn.safeParse(Object.fromEntries(form));
  if (!parsed.success)
    return { ok: false, error: "Vui lòng nhập đủ thông tin.", fieldErrors: fieldErrorsOf(parsed.error), email };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: parsed.data.callbackUrl,
    });
    return { ok: true, data: null };
  } catch (error) {
    if (error instanceof AuthError) {
      const code = error.type === "CredentialsSignin" && "code" in error ? String(error.code) : "";
      const throttled = /^throttled:(\d+)$/.exec(code);
      const message = throttled ? throttledMessage(Number(throttled[1])) : BAD_CREDENTIALS_MESSAGE;
      return { ok: false, error: message, fieldErrors: {}, email };
    }
    throw error; // includes the redirect that signals success
  }
}

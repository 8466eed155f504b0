"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { signInAction } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(signInAction, null);
  const fe = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="space-y-4" noValidate>
      {state && !state.ok ? <Notice tone="error">{state.error}</Notice> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field id="email" label="Thư điện tử" error={fe.email} required>
        {(props) => (
          <input
            key={state?.email ?? ""}
            {...props}
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={state?.email}
          />
        )}
      </Field>
      <Field id="password" label="Mật khẩu" error={fe.password} required>
        {(props) => <input {...props} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-700 focus-visible:ring-offset-2 disabled:bg-slate-500"
      >
        {pending ? "Đang đăng nhập…" : "Đăng nhập"}
      </button>
    </form>
  );
}

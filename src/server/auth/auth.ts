import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "@/env";
import { attemptSignIn } from "@/server/data/sessions";
import { clientAddress } from "./client-address";

declare module "next-auth" {
  interface Session {
    /** Id of the server-side Session row; the only thing the cookie identifies. */
    sid?: string;
  }
}

/** The code carries the wait, for the sign-in page's message: "throttled:45". */
class ThrottledSignIn extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `throttled:${retryAfterSeconds}`;
  }
}

const Credentials_ = z.object({ email: z.string().trim().email().max(200), password: z.string().min(1).max(200) });

/**
 * Auth.js handles the cookie (an encrypted JWT that carries only the session id); the session
 * itself lives in PostgreSQL (table Session), so every app instance sees sign-outs at once.
 * The config is built per request so `next build` does not need AUTH_SECRET.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: env().SESSION_MAX_AGE_HOURS * 3600 },
  pages: { signIn: "/dang-nhap" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = Credentials_.safeParse(raw);
        if (!parsed.success) return null;
        const result = await attemptSignIn({
          ...parsed.data,
          ip: clientAddress(request.headers),
          maxAgeHours: env().SESSION_MAX_AGE_HOURS,
        });
        if (!result.ok) {
          if (result.reason === "throttled") throw new ThrottledSignIn(result.retryAfterSeconds);
          return null;
        }
        return { id: result.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sid = user.id;
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
}));

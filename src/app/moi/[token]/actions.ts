"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { ZLinkPassword } from "@/schemas/account";
import { publicAction } from "@/server/actions/result";
import { clientAddress } from "@/server/auth/client-address";
import { acceptLink } from "@/server/data/link-acceptance";

const ZToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "Liên kết không đúng.");

/** Uses a one-time link: the token is the credential, the password is set (or, for an existing account, confirmed). */
export async function acceptLinkAction(token: string, input: unknown) {
  return publicAction(z.object({ token: ZToken, data: ZLinkPassword }), { token, data: input }, async (v) =>
    acceptLink(v.token, v.data, clientAddress(new Headers(await headers()))),
  );
}

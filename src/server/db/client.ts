import "server-only";
import type pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/env";
import { SerialClient } from "./serial-client";

/**
 * The one Prisma client. Only src/server/data (and the services' transactions) may use it.
 * Created on first use so `next build` needs no database; kept on globalThis so dev reloads
 * do not open a new pool each time.
 */
const holder = globalThis as unknown as { prisma?: PrismaClient };

/**
 * Interactive transactions may wait 10 s for a connection and run 20 s (Prisma's defaults are 2 s and
 * 5 s). A save here holds a row lock and writes a few dozen rows — a plan with its yearly rounds, a
 * bulk approval — which is milliseconds on a quiet server but ran past 5 s on a loaded two-core one and
 * was then refused whole; a little patience costs nothing, while a refused save costs the user's work.
 */
const TRANSACTION_DEFAULTS = { maxWait: 10_000, timeout: 20_000 };

export function db(): PrismaClient {
  holder.prisma ??= new PrismaClient({
    // SerialClient: one query at a time on a connection, even when Prisma asks for two (serial-client.ts).
    adapter: new PrismaPg({ connectionString: env().DATABASE_URL, Client: SerialClient } as pg.PoolConfig),
    transactionOptions: TRANSACTION_DEFAULTS,
  });
  return holder.prisma;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

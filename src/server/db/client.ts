import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/env";

/**
 * The one Prisma client. Only src/server/data (and the services' transactions) may use it.
 * Created on first use so `next build` needs no database; kept on globalThis so dev reloads
 * do not open a new pool each time.
 */
const holder = globalThis as unknown as { prisma?: PrismaClient };

export function db(): PrismaClient {
  holder.prisma ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
  return holder.prisma;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

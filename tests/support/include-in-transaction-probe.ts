/**
 * Run in a child process by tests/integration/serial-client.test.ts (a fresh process, because Node
 * prints a deprecation only once per process): one Prisma read with a multi-relation include inside
 * an interactive transaction, through the app's own client.
 */
import { db } from "@/server/db/client";

const unitId = process.env.PROBE_UNIT_ID ?? "";
const unit = await db().$transaction((tx) =>
  tx.unit.findUniqueOrThrow({
    where: { id: unitId },
    include: { children: true, people: true, organisations: true, memberships: true },
  }),
);
console.log(JSON.stringify({ children: unit.children.length, people: unit.people.length }));
await db().$disconnect();

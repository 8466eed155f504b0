/**
 * The demo's system operator (quản trị hệ thống, issue 11): signs in to /he-thong, where it finds
 * every unit and invites a unit's first administrator. On a real installation the first operator
 * is made from the shell instead (`npm run operator -- create --email …`).
 */
import type { Prisma } from "../src/generated/prisma/client";

export const DEMO_OPERATOR = { email: "vanhanh@thidua.vn", name: "Vận hành hệ thống (demo)" };

export async function seedOperator(tx: Prisma.TransactionClient, passwordHash: string) {
  await tx.user.create({ data: { ...DEMO_OPERATOR, passwordHash, isOperator: true } });
}

import "server-only";
import { randomBytes, randomInt, randomUUID } from "node:crypto";
import { env } from "@/env";
import { db, type Tx } from "@/server/db/client";
import { conflict } from "@/domain/errors";
import { ballotKey, envelopeContext, seal, unseal, type SealedChoice } from "@/lib/ballot-seal";

/**
 * The sealed ballot box of a meeting (the storage side of ballot.ts; the crypto is in
 * src/lib/ballot-seal.ts). While the ballot is open, each vote is an envelope: a random id, its item
 * and the choice sealed with the meeting's key, which is derived from AUTH_SECRET and the box's salt
 * and never stored. At closing the box is emptied: every envelope opened and counted, then the
 * envelopes and the salt deleted. See README, "The ballot's threat model".
 */

/** The same items in a random order (Fisher–Yates over a cryptographic source). */
export function shuffled<T>(xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** When the ballot opens: the box and its random salt. */
export async function setUpBox(tx: Tx, meetingId: string) {
  await tx.ballotBox.create({ data: { meetingId, salt: randomBytes(32) } });
}

async function keyOf(tx: Tx, meetingId: string): Promise<Buffer> {
  const box = await tx.ballotBox.findUnique({ where: { meetingId } });
  if (!box) throw conflict("Phiên bỏ phiếu không có hòm phiếu.");
  return ballotKey(env().AUTH_SECRET, box.salt, meetingId);
}

/**
 * Drops one envelope per vote into the box, in a random order: nothing in an envelope or in its
 * place in the table follows who cast it (the receipts of the same transaction list the members).
 */
export async function dropEnvelopes(tx: Tx, meetingId: string, votes: { itemId: string; choice: SealedChoice }[]) {
  const key = await keyOf(tx, meetingId);
  await tx.ballotEnvelope.createMany({
    data: shuffled(votes).map(({ itemId, choice }) => {
      const id = randomUUID();
      return { id, itemId, sealed: seal(key, envelopeContext(meetingId, itemId, id), choice) };
    }),
  });
}

export type BoxCount = { agree: number; disagree: number };

/**
 * At closing, under the meeting's lock: opens every envelope of the meeting's items, counts them per
 * item, deletes the envelopes and the box. An envelope that does not open (AUTH_SECRET changed since
 * the ballot opened, or a row altered in the database) stops the count rather than being skipped.
 */
export async function emptyBox(tx: Tx, meetingId: string, itemIds: string[]): Promise<Map<string, BoxCount>> {
  const key = await keyOf(tx, meetingId);
  const counts = new Map(itemIds.map((id) => [id, { agree: 0, disagree: 0 }]));
  const envelopes = await tx.ballotEnvelope.findMany({ where: { itemId: { in: itemIds } } });
  for (const e of envelopes) {
    let choice: SealedChoice;
    try {
      choice = unseal(key, envelopeContext(meetingId, e.itemId, e.id), e.sealed);
    } catch {
      throw conflict(
        "Có phiếu trong hòm phiếu không mở được (khóa AUTH_SECRET của máy chủ đã đổi từ khi mở bỏ phiếu, hoặc dữ liệu bị sửa): chưa kiểm phiếu.",
      );
    }
    const count = counts.get(e.itemId)!;
    if (choice === "AGREE") count.agree++;
    else count.disagree++;
  }
  await tx.ballotEnvelope.deleteMany({ where: { itemId: { in: itemIds } } });
  await tx.ballotBox.delete({ where: { meetingId } });
  return counts;
}

/**
 * After a close has committed: VACUUM the ballot's tables, so the deleted envelopes, the salt and
 * the receipts' earlier versions leave the live pages now rather than whenever autovacuum comes by.
 * Best effort: a transaction older than the close keeps them until it ends (VACUUM then skips them),
 * and it is no erasure (README, threat model). Cannot run inside a transaction, hence after it.
 */
export async function sweepBallotTables() {
  await db()
    .$executeRawUnsafe(`vacuum "BallotEnvelope", "BallotBox", "BallotReceipt"`)
    .catch((error: unknown) => console.error("[ballot box] vacuum after closing failed", error));
}

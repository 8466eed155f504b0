import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SEALED_LENGTH, ballotKey, envelopeContext, seal, unseal } from "@/lib/ballot-seal";

const secret = "a-server-secret-of-enough-length";
const salt = randomBytes(32);
const key = ballotKey(secret, salt, "meeting-1");
const context = envelopeContext("meeting-1", "item-1", "envelope-1");

describe("ballot seal", () => {
  it("opens what it sealed, with the same key and context", () => {
    expect(unseal(key, context, seal(key, context, "AGREE"))).toBe("AGREE");
    expect(unseal(key, context, seal(key, context, "DISAGREE"))).toBe("DISAGREE");
  });

  it("gives every envelope the same length and a fresh look, whatever it holds", () => {
    const sealed = Array.from({ length: 50 }, (_, i) => seal(key, context, i % 2 ? "AGREE" : "DISAGREE"));
    expect(new Set(sealed.map((s) => s.length))).toEqual(new Set([SEALED_LENGTH]));
    expect(new Set(sealed.map((s) => s.toString("hex"))).size).toBe(50);
  });

  it("refuses another secret, salt or meeting, another item or envelope id, and any changed byte", () => {
    const sealed = seal(key, context, "AGREE");
    const others = [
      ballotKey("another-secret-of-enough-length", salt, "meeting-1"),
      ballotKey(secret, randomBytes(32), "meeting-1"),
      ballotKey(secret, salt, "meeting-2"),
    ];
    for (const k of others) expect(() => unseal(k, context, sealed)).toThrow();
    expect(() => unseal(key, envelopeContext("meeting-1", "item-2", "envelope-1"), sealed)).toThrow();
    expect(() => unseal(key, envelopeContext("meeting-1", "item-1", "envelope-2"), sealed)).toThrow();
    for (let i = 0; i < sealed.length; i++) {
      const bent = Buffer.from(sealed);
      bent[i]! ^= 0x01;
      expect(() => unseal(key, context, bent)).toThrow();
    }
    expect(() => unseal(key, context, sealed.subarray(1))).toThrow();
  });
});

import "server-only";
import bcrypt from "bcryptjs";
import { env } from "@/env";

// The work factor is a setting (PASSWORD_HASH_COST, default 11: ~150 ms on the 2-core target machine;
// slow enough to hurt guessing, fast enough for sign-in). A hash records its own cost, so verifyPassword
// and DUMMY_HASH work whatever it is set to.

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, env().PASSWORD_HASH_COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

/** Compared against when the account does not exist, so timing does not reveal which emails exist. */
export const DUMMY_HASH = "$2b$11$CwTycUXWue0Thq9StjUM0uJ8.MZ0b1rF9c7jZKbqDmzn8vYx3gVMe";

import "server-only";
import bcrypt from "bcryptjs";
import { isVitest } from "@/env";

// Cost 11: ~150 ms on the 2-core target machine; slow enough to hurt guessing, fast enough for sign-in.
// Under vitest cost 4: the integration tests set and check hundreds of passwords (up to seconds each
// at cost 11 in pure-JS bcrypt on a busy machine), and the cost is not what they test. A hash records
// its own cost, so verifyPassword and DUMMY_HASH work the same either way.
const COST = isVitest() ? 4 : 11;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

/** Compared against when the account does not exist, so timing does not reveal which emails exist. */
export const DUMMY_HASH = "$2b$11$CwTycUXWue0Thq9StjUM0uJ8.MZ0b1rF9c7jZKbqDmzn8vYx3gVMe";

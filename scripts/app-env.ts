/**
 * What every command of this repo (npm start, npm run dev, the CLIs) needs besides the database:
 * the cookie secret. When AUTH_SECRET is unset, one secret per checkout is generated into
 * .data/auth-secret and kept, so sessions survive restarts and a CLI run on a fresh clone reads the
 * same secret `npm start` uses.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./db/embedded";

export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(REPO_ROOT, ".data", "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** Puts the secret into this process's environment, for app code a CLI imports afterwards. */
export function useAppSecret(): void {
  process.env.AUTH_SECRET = authSecret();
}

import "server-only";

/*
 * The database cannot be reached (down, restarting, unreachable network, refused credentials):
 * nothing the user did, and nothing a retry in a few minutes will not cure. Told apart from other
 * failures so the user reads DATABASE_UNREACHABLE_MESSAGE (domain/errors.ts), not "an unexpected
 * error".
 */

/** Prisma's connection errors (P1000 credentials, P1001 unreachable, P1002 timeout, P1008, P1017 closed). */
const PRISMA_CODES = new Set(["P1000", "P1001", "P1002", "P1003", "P1008", "P1017"]);
/** Socket errors, and PostgreSQL's: shutting down, starting up, too many connections, connection lost. */
const LOW_LEVEL_CODES =
  /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|EPIPE|57P0[123]|53300|08\d{3})$/;
/** A raw query (P2010) carries the driver's words only in its message. */
const MESSAGES =
  /Can't reach database server|Connection terminated|terminating connection|the database system is (starting up|shutting down|in recovery mode)|too many clients already|timeout exceeded when trying to connect/i;

export function isDatabaseUnreachable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const walk = (e: unknown): boolean => {
    if (typeof e !== "object" || e === null || seen.has(e)) return false;
    seen.add(e);
    const { code, message, cause, errors } = e as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === "string" && (PRISMA_CODES.has(code) || LOW_LEVEL_CODES.test(code))) return true;
    if (typeof message === "string" && MESSAGES.test(message)) return true;
    return walk(cause) || (Array.isArray(errors) && errors.some(walk));
  };
  return walk(error);
}

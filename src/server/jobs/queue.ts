import "server-only";
import PgBoss from "pg-boss";

/**
 * Sending a job from inside the caller's transaction: pg-boss writes its job row with the SQL runner
 * the caller passes (its Prisma transaction), so the row that asks for the work and the job that does
 * it commit together or not at all — never a job for a row that rolled back, nor a row no job will
 * ever pick up. The PgBoss object here is never started and opens no connection of its own.
 */

/** Job names; the worker (worker.ts) creates their queues and works them. */
export const EXPORT_JOB = "export.build";

/** Runs one statement with its parameters in the caller's transaction and returns its rows. */
export type SqlRunner = (text: string, values: unknown[]) => Promise<unknown[]>;

let sender: PgBoss | undefined;

export async function sendInTransaction(run: SqlRunner, name: string, data: object): Promise<string> {
  sender ??= new PgBoss({
    schema: "pgboss",
    db: { executeSql: () => Promise.reject(new Error("this PgBoss only sends through a caller's transaction")) },
  });
  const id = await sender.send(name, data, {
    // The payload goes as JSON text ($3::jsonb in pg-boss's insert): the runner passes values as they are.
    db: {
      executeSql: async (text: string, values: unknown[]) => ({
        rows: await run(
          text,
          values.map((v) => (v !== null && typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v)),
        ),
      }),
    },
  });
  // pg-boss inserts only into a queue it knows: none before a worker has started on this database once.
  if (!id) throw new Error(`pg-boss queue ${name} does not exist yet: no worker has started on this database`);
  return id;
}

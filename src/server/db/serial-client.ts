import pg from "pg";

type Query = (...args: unknown[]) => unknown;

/** pg's Pool.query and streaming reads pass a callback or a submittable; those run as pg runs them. */
function isCallbackOrSubmittable(args: unknown[]): boolean {
  const first = args[0] as { submit?: unknown } | null | undefined;
  return args.some((arg) => typeof arg === "function") || typeof first?.submit === "function";
}

/**
 * A pg connection that sends its promise queries one after another, never while one is running.
 *
 * Why: inside an interactive transaction Prisma 7's query interpreter reads the relations of one
 * `include` side by side on the transaction's single connection (our own code never does:
 * lint rule `local/no-parallel-queries-in-transaction`). pg 8.19+ warns "Calling client.query() when
 * the client is already executing a query" and pg 9 will refuse it. pg used to queue such calls
 * itself, so waiting for the previous query here changes no result, only who does the queueing.
 * Upstream: prisma/orm#29979 ("serialize queries on single-connection clients"); drop this class
 * once @prisma/adapter-pg does it.
 */
export class SerialClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = this.query.bind(this) as Query;
    let tail: Promise<unknown> = Promise.resolve();
    const serial: Query = (...args) => {
      if (isCallbackOrSubmittable(args)) return query(...args);
      const run = tail.then(() => query(...args));
      tail = run.catch(() => undefined);
      return run;
    };
    this.query = serial as pg.Client["query"];
  }
}

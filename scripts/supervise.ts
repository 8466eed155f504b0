/**
 * Keeps one child process (the Next.js server of `npm start`) running: when it stops without
 * being asked to — a crash, an out-of-memory kill — the reason is logged and it is started again
 * after a pause that doubles on each quick failure (1 s, 2 s, 4 s … 30 s) and falls back to the
 * shortest once a run lasted a minute, so a server that cannot start does not spin the CPU.
 * `stop()` (wired to SIGINT/SIGTERM by the caller) ends it cleanly: the signal is passed on, a
 * child still alive after the grace period is killed, and no restart follows.
 */
import { spawn, type ChildProcess } from "node:child_process";

export interface SuperviseOptions {
  command: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** One line per event (start, stop, restart and why); default console.log. */
  log?: (line: string) => void;
  /** Name in the log lines; default "app". */
  name?: string;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** A run at least this long resets the pause to its shortest. */
  stableAfterMs?: number;
  /** How long a stopping child may take before it is killed. */
  stopTimeoutMs?: number;
}

export interface Supervised {
  /** Settles with 0 once stopped on request. */
  done: Promise<number>;
  stop: (signal?: NodeJS.Signals) => Promise<number>;
  /** How many times the child was started. */
  starts: () => number;
}

export function supervise(opts: SuperviseOptions): Supervised {
  const log = opts.log ?? ((line: string) => console.log(line));
  const name = opts.name ?? "app";
  const minBackoff = opts.minBackoffMs ?? 1_000;
  const maxBackoff = opts.maxBackoffMs ?? 30_000;
  const stableAfter = opts.stableAfterMs ?? 60_000;
  const stopTimeout = opts.stopTimeoutMs ?? 10_000;

  let child: ChildProcess | null = null;
  let startedAt = 0;
  let starts = 0;
  let backoff = minBackoff;
  let stopping = false;
  let restartTimer: NodeJS.Timeout | null = null;
  let resolveDone: (code: number) => void = () => undefined;
  const done = new Promise<number>((resolve) => (resolveDone = resolve));

  const start = () => {
    restartTimer = null;
    starts += 1;
    startedAt = Date.now();
    const proc = spawn(opts.command, opts.args, { cwd: opts.cwd, env: opts.env, stdio: "inherit" });
    child = proc;
    const ended = (why: string) => {
      child = null;
      if (stopping) {
        resolveDone(0);
        return;
      }
      const ran = Date.now() - startedAt;
      if (ran >= stableAfter) backoff = minBackoff;
      log(
        `[${name}] server stopped unexpectedly (${why}) after ${(ran / 1000).toFixed(1)} s; restarting in ${backoff / 1000} s`,
      );
      restartTimer = setTimeout(start, backoff);
      backoff = Math.min(maxBackoff, backoff * 2);
    };
    // A command that cannot be spawned at all reports "error" and never "exit".
    proc.on("error", (error) => {
      if (proc.pid === undefined) ended(`could not start ${opts.command}: ${error.message}`);
    });
    proc.on("exit", (code, signal) => ended(signal ? `killed by ${signal}` : `exit code ${code ?? "?"}`));
  };

  const stop = (signal: NodeJS.Signals = "SIGTERM") => {
    if (!stopping) {
      stopping = true;
      if (restartTimer) {
        clearTimeout(restartTimer);
        restartTimer = null;
      }
      const running = child;
      if (running && running.exitCode === null && running.signalCode === null) {
        log(`[${name}] stopping (${signal})`);
        running.kill(signal);
        const kill = setTimeout(() => running.kill("SIGKILL"), stopTimeout);
        running.once("exit", () => clearTimeout(kill));
      } else resolveDone(0);
    }
    return done;
  };

  start();
  return { done, stop, starts: () => starts };
}

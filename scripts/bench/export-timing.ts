import os from "node:os";

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

/**
 * Times an export (`file`: the workbook as the route makes it) beside its floor (`read`: the same
 * reads, no workbook), each alone and `users` at once, `rounds` times, interleaved so both see the
 * same machine; then the CPU of this process per run (which a loaded machine stretches less than
 * wall time). Prints the machine, the p50/p95 table and the CPU line under the caller's title.
 */
export async function timeExport(args: {
  file: () => Promise<number>;
  read: () => Promise<number>;
  users: number;
  rounds: number;
}) {
  const runs = {
    file: { alone: [] as number[], crowd: [] as number[] },
    read: { alone: [] as number[], crowd: [] as number[] },
  };
  for (let r = 0; r < args.rounds; r++)
    for (const key of ["file", "read"] as const) {
      runs[key].alone.push(await args[key]());
      runs[key].crowd.push(...(await Promise.all(Array.from({ length: args.users }, args[key]))));
    }
  const cpuOf = async (run: () => Promise<number>) => {
    const before = process.cpuUsage();
    for (let i = 0; i < 10; i++) await run();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000 / 10;
  };
  const cpu = { file: await cpuOf(args.file), read: await cpuOf(args.read) };
  const f = (n: number) => n.toFixed(0);
  console.log(
    `- ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, load average (1 min) ${os.loadavg()[0]!.toFixed(1)}\n`,
  );
  console.log("| users at once | file p50 / p95 ms | rows read only p50 / p95 ms | samples |\n|---:|---:|---:|---:|");
  for (const [users, key] of [
    [1, "alone"],
    [args.users, "crowd"],
  ] as const)
    console.log(
      `| ${users} | ${f(pct(runs.file[key], 50))} / ${f(pct(runs.file[key], 95))} | ` +
        `${f(pct(runs.read[key], 50))} / ${f(pct(runs.read[key], 95))} | ${runs.file[key].length} |`,
    );
  console.log(`\nCPU of this process per export: ${f(cpu.file)} ms (rows read only: ${f(cpu.read)} ms)`);
}

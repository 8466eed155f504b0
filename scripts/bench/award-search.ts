/**
 * EXPLAIN (ANALYZE, BUFFERS) of the award searches on a province-sized history (issue 15 p2: search
 * on names uses an index): the award history's search (searchAwards, /lich-su-khen-thuong) on
 * AwardRecord.searchText and the header's decisions (searchInScope, /tim-kiem) on
 * AwardDecision.searchText, both trigram-indexed (pg_trgm GIN), written by triggers.
 *
 *   node_modules/.bin/tsx --conditions=react-server scripts/bench/award-search.ts
 *
 * Creates a fresh database `thidua_bench_search_<ts>` on DATABASE_URL's server (or the embedded one),
 * applies the real migrations, and loads one province (10 districts × 20 communes) with BENCH_AWARDS
 * (200 000) awards of Vietnamese names spread unevenly over the communes, in SQL (the triggers write
 * the search columns), and 20 decisions per commune and district on one real plan in yearly rounds
 * (2015–2025, the round filter's choices), half of the
 * awards linked to their commune's decisions. For a commune officer, a district reviewer and the
 * province chair it captures the SQL the app sends (a query-logging client swapped in for one call),
 * prints each AwardRecord / AwardDecision statement's execution time and access paths, the full plan
 * of the province chair's searches, then the same with the trigram indexes dropped (what the index
 * saves). Environment: DATABASE_URL, BENCH_AWARDS, KEEP_BENCH_DB=1.
 */
import os from "node:os";
import pg from "pg";
import { runBench, withBenchDatabase, type BenchDatabase } from "./bench-database";
import type { Actor } from "../../src/server/auth/actor-types";

const AWARDS = Number(process.env.BENCH_AWARDS) > 0 ? Number(process.env.BENCH_AWARDS) : 200_000;
const log = (s: string) => console.error(`[bench] ${s}`);

type Statement = { query: string; params: unknown[] };
/** `fullPlan`: the statements (by kind) whose whole plan is printed after the table. */
type Case = { name: string; table: "AwardRecord" | "AwardDecision"; run: () => Promise<unknown>; fullPlan?: string[] };

const main = () => withBenchDatabase("thidua_bench_search", searchBench, { log });

async function searchBench({ url }: BenchDatabase): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  const prismaClients: { $disconnect(): Promise<void> }[] = [];
  try {
    await client.connect();
    // Only now may src/server modules be imported: the db client reads env on first use.
    process.env.DATABASE_URL = url;
    process.env.AUTH_SECRET ??= "search-benchmark-secret-not-for-production";
    const { db } = await import("../../src/server/db/client");
    prismaClients.push(db());
    const { createActor, createUnit } = await import("../../tests/support/factories");
    const { planInput } = await import("../../tests/support/succession-world");
    const { createPlan } = await import("../../src/server/data/plans");
    const { searchAwards, AWARD_SORT_KEYS } = await import("../../src/server/data/awards");
    const { searchInScope } = await import("../../src/server/data/search");
    const { parseTableParams } = await import("../../src/lib/table-params");

    log("units, plan, actors");
    const province = await createUnit("Tỉnh Bench", "TINH", null);
    const districts = [];
    const communes = [];
    for (let d = 0; d < 10; d++) {
      const district = await createUnit(`Huyện ${d + 1}`, "HUYEN", province);
      districts.push(district);
      for (let c = 0; c < 20; c++) communes.push(await createUnit(`Xã ${d + 1}.${c + 1}`, "XA", district));
    }
    const chair = await createActor(province, ["CHAIR", "OFFICER", "REVIEWER"]);
    const reviewer = await createActor(districts[0]!, ["REVIEWER"]);
    const officer = await createActor(communes[7]!, ["OFFICER"]);
    const plan = await createPlan(chair, planInput({ kind: "ANNUAL", title: "Thi đua năm 2025" }));
    const form = await db().awardRound.findFirstOrThrow({ where: { awardForm: { planId: plan.id } } });

    log(`${AWARDS} awards and their decisions`);
    // Communes weighted 1..20 (a large commune holds 20× a small one's awards); names from common
    // họ / đệm / tên by hash; award names as commonly given (LĐTT most, Bằng khen rarest).
    await client.query(`CREATE TEMP TABLE bench_unit AS
      SELECT u.id, row_number() OVER (ORDER BY u.id) AS n FROM "Unit" u WHERE u.kind = 'XA'`);
    await client.query(
      `INSERT INTO "AwardRecord" ("id", "unitId", "kind", "label", "name", "year", "decisionNumber", "decidedOn", "conferredBy", "source")
       SELECT 'bench' || g, u.id, 'INDIVIDUAL',
         (ARRAY['Nguyễn','Nguyễn','Nguyễn','Trần','Lê','Phạm','Hoàng','Vũ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương'])[1 + abs(hashtext('h' || g)) % 14]
         || ' ' || (ARRAY['Văn','Văn','Thị','Thị','Thị','Hữu','Đức','Minh','Ngọc','Thu','Thanh','Quang'])[1 + abs(hashtext('d' || g)) % 12]
         || ' ' || (ARRAY['An','Anh','Bình','Dũng','Hùng','Hương','Lan','Mai','Nam','Ngân','Phúc','Quân','Sơn','Tâm','Thảo','Trang','Tuấn','Yến','Hà','Long'])[1 + abs(hashtext('t' || g)) % 20],
         (ARRAY['Lao động tiên tiến','Lao động tiên tiến','Lao động tiên tiến','Lao động tiên tiến','Lao động tiên tiến',
                'Chiến sĩ thi đua cơ sở','Chiến sĩ thi đua cơ sở','Giấy khen của Chủ tịch UBND huyện',
                'Giấy khen của Chủ tịch UBND xã','Bằng khen của Chủ tịch UBND tỉnh'])[1 + abs(hashtext('a' || g)) % 10],
         2015 + g % 11, (1 + g % 300) || '/QĐ-UBND', make_date(2016 + g % 10, 1 + g % 12, 1 + g % 28),
         'Chủ tịch UBND', 'ENTERED'
       FROM generate_series(1, $1::int) g
       JOIN bench_unit u ON u.n = 1 + floor(sqrt(abs(hashtext('u' || g)) % 40000))::int % 200`,
      [AWARDS],
    );
    const decisionUnits = [...communes, ...districts];
    // A round a year (2015–2025), as a plan given yearly has them: the round filter's choices are these labels.
    await client.query(
      `INSERT INTO "AwardRound" ("id", "awardFormId", "key", "position", "label", "year", "periodFrom", "periodTo")
       SELECT 'benchr' || y, $1, 'Y' || y, y, 'Năm ' || y, y, make_date(y, 1, 1), make_date(y, 12, 31)
       FROM generate_series(2015, 2025) y`,
      [form.awardFormId],
    );
    await client.query(
      `INSERT INTO "AwardDecision" ("id", "unitId", "planId", "awardFormId", "roundId", "formName", "authority",
         "amountBasis", "number", "numberYear", "decidedOn", "signerName", "budgetSource", "total")
       SELECT 'benchd' || u.ord || '_' || k, u.id, $2, $3, 'benchr' || (2015 + k % 11),
         (ARRAY['Lao động tiên tiến','Chiến sĩ thi đua cơ sở','Giấy khen của Chủ tịch UBND huyện','Bằng khen của Chủ tịch UBND tỉnh'])[1 + k % 4],
         'Chủ tịch UBND', '', lpad(k::text, 2, '0'), 2015 + k % 11, make_date(2016 + k % 10, 12, 20), 'Người Ký', '', 0
       FROM unnest($1::text[]) WITH ORDINALITY AS u(id, ord), generate_series(1, 20) k`,
      [decisionUnits.map((u) => u.id), plan.id, form.awardFormId],
    );
    // Half the awards decided by a decision of their own commune.
    await client.query(
      `UPDATE "AwardRecord" a SET "decisionId" = 'benchd' || u.ord || '_' || (1 + abs(hashtext(a.id)) % 20), "source" = 'DECISION'
       FROM unnest($1::text[]) WITH ORDINALITY AS u(id, ord)
       WHERE a."unitId" = u.id AND abs(hashtext('s' || a.id)) % 2 = 0`,
      [communes.map((u) => u.id)],
    );
    for (const t of ["AwardRecord", "AwardDecision", "Unit"]) await client.query(`VACUUM (ANALYZE) "${t}"`);
    const counts = (
      await client.query(
        `SELECT (SELECT count(*) FROM "AwardRecord") AS awards,
        (SELECT count(*) FROM "AwardRecord" WHERE "unitId" = $1) AS officer,
        (SELECT count(*) FROM "AwardRecord" a JOIN "Unit" u ON u.id = a."unitId" WHERE u."parentId" = $2) AS reviewer,
        (SELECT count(*) FROM "AwardDecision") AS decisions,
        pg_size_pretty(pg_relation_size((SELECT indexrelid FROM pg_index WHERE indrelid = '"AwardRecord"'::regclass
          AND pg_get_indexdef(indexrelid) LIKE '%gin_trgm_ops%'))) AS idx`,
        [communes[7]!.id, districts[0]!.id],
      )
    ).rows[0] as Record<string, string>;

    // The SQL the app sends, captured from a query-logging client swapped in for one call.
    const { PrismaClient } = await import("../../src/generated/prisma/client");
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const logging = new PrismaClient({
      adapter: new PrismaPg({ connectionString: url }),
      log: [{ emit: "event", level: "query" }],
    });
    prismaClients.push(logging);
    const seen: Statement[] = [];
    logging.$on("query", (e) => seen.push({ query: e.query, params: JSON.parse(e.params) as unknown[] }));
    async function capture(run: () => Promise<unknown>): Promise<Statement[]> {
      seen.length = 0;
      const holder = globalThis as unknown as { prisma?: unknown };
      const saved = holder.prisma;
      holder.prisma = logging;
      try {
        await run();
      } finally {
        holder.prisma = saved;
      }
      return [...seen];
    }
    /** EXPLAIN ANALYZE three times: the fastest, on this shared machine the least disturbed. */
    async function explain(s: Statement) {
      let best: { plan: string[]; ms: number } | null = null;
      for (let i = 0; i < 3; i++) {
        const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.query}`, s.params);
        const plan = rows.map((r: Record<string, string>) => r["QUERY PLAN"]!);
        const ms = Number(/Execution Time: ([\d.]+)/.exec(plan.join("\n"))?.[1] ?? 0);
        if (!best || ms < best.ms) best = { plan, ms };
      }
      const paths = [
        ...new Set(
          best!.plan
            .map((l) =>
              /(Seq Scan|Index Only Scan(?: Backward)?|Index Scan(?: Backward)?|Bitmap Index Scan)(?: using (\S+))? on (\S+)/.exec(
                l,
              ),
            )
            .filter((m): m is RegExpExecArray => m !== null)
            .map((m) => `${m[1]}${m[2] ? ` using ${m[2]}` : ""} on ${m[3]}`),
        ),
      ];
      return { ...best!, paths: paths.join("; ") };
    }
    /** What a statement is, by the table its outer query reads. */
    const kindOf = (query: string) =>
      /^SELECT COUNT/i.test(query)
        ? "count"
        : // The round filter's choices read AwardRound through EXISTS; the page's rounds by id are left out.
          (
            {
              AwardRecord: "page",
              AwardDecision: "decisions",
              AwardRound: / EXISTS\(/.test(query) ? "round choices" : "",
            } as Record<string, string>
          )[/^SELECT .*? FROM "public"\."(\w+)"/.exec(query)?.[1] ?? ""];

    const history = (actor: Actor, q: string) => () =>
      searchAwards(
        actor,
        parseTableParams({ q }, { sortKeys: AWARD_SORT_KEYS, defaultSort: "year", defaultDir: "desc" }),
      );
    const header = (actor: Actor, q: string) => () => searchInScope(actor, q);
    const cases: Case[] = [
      {
        name: 'Commune officer · history "nguyen van an"',
        table: "AwardRecord",
        run: history(officer, "nguyen van an"),
        fullPlan: ["page"],
      },
      {
        name: 'District reviewer · history "tran thi"',
        table: "AwardRecord",
        run: history(reviewer, "tran thi"),
        fullPlan: ["page"],
      },
      {
        name: 'Province chair · history "ho thu ngan"',
        table: "AwardRecord",
        run: history(chair, "ho thu ngan"),
        fullPlan: ["page", "count", "round choices"],
      },
      { name: 'Province chair · history "bang khen"', table: "AwardRecord", run: history(chair, "bang khen") },
      { name: 'District reviewer · header "giay khen"', table: "AwardDecision", run: header(reviewer, "giay khen") },
      {
        name: 'Province chair · header "bang khen tinh"',
        table: "AwardDecision",
        run: header(chair, "bang khen tinh"),
        fullPlan: ["decisions"],
      },
    ];
    async function report(title: string, fullPlans: boolean) {
      console.log(`\n## ${title}\n`);
      console.log("| case | statement | execution ms | access paths |\n|---|---|---:|---|");
      const full: { c: Case; s: Statement; plan: string[] }[] = [];
      for (const c of cases) {
        for (let i = 0; i < 2; i++) await c.run(); // warm
        // The history's page, its count and its round filter's choices; the header's decisions.
        for (const s of await capture(c.run)) {
          const kind = kindOf(s.query);
          if (!kind || (c.table === "AwardDecision") !== (kind === "decisions")) continue;
          const e = await explain(s);
          console.log(`| ${c.name} | ${kind} | ${e.ms.toFixed(1)} | ${e.paths} |`);
          if (fullPlans && c.fullPlan?.includes(kind)) full.push({ c, s, plan: e.plan });
        }
      }
      for (const { c, s, plan } of full) {
        console.log(
          `\n### ${c.name}: ${kindOf(s.query)}\n\n\`\`\`sql\n${s.query}\n\`\`\`\n\n\`\`\`\n${plan.join("\n")}\n\`\`\``,
        );
      }
    }

    const pgVersion = (await client.query("SHOW server_version")).rows[0].server_version as string;
    console.log(`# Award searches: EXPLAIN (ANALYZE, BUFFERS)\n`);
    console.log(`- ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, PostgreSQL ${pgVersion}`);
    console.log(
      `- ${counts.awards} awards over 200 communes of 10 districts (officer's commune ${counts.officer}, reviewer's district ${counts.reviewer}), ` +
        `${counts.decisions} decisions; AwardRecord trigram index ${counts.idx}`,
    );
    await report("With the trigram indexes (as migrated)", true);
    // By either name: "AwardRecord_searchText_idx" before the unit joined it (award_history_filters).
    await client.query(
      `DROP INDEX IF EXISTS "AwardRecord_searchText_idx"; DROP INDEX IF EXISTS "AwardRecord_unitId_searchText_idx";
       DROP INDEX "AwardDecision_searchText_idx"`,
    );
    await client.query(`ANALYZE "AwardRecord"; ANALYZE "AwardDecision"`);
    await report("Without them (bench database only): what the indexes save", false);
    return 0;
  } finally {
    // Closed here: the database is dropped after this returns.
    await Promise.allSettled(prismaClients.map((c) => c.$disconnect()));
    await client.end().catch(() => {});
  }
}

runBench(main);

import type pg from "pg";

/**
 * The national benchmark's work on top of its country (national.ts loads units, organisations and
 * people first): plans, registrations, nominations, a council's closed ballot and the award history,
 * in SQL (generate_series and joins, no randomness), sized like issue 15's dataset at scale 1:
 *
 * - one issued plan per province (of both eras) and per district (790), five award forms each with one
 *   round ("Năm 2026"): collective and individual, catalogue titles and the unit's own Giấy khen/Bằng khen;
 * - registrations: every three-level commune for its district's plan (itself, its 7 organisations, up to
 *   15 people: 23 rows), every district for its province's plan (itself and its 15 communes) and every
 *   two-level commune or ward for its province's plan (as a three-level commune): ≈ 327 000 rows;
 * - nomination batches: every commune of either era on each of its plan's 5 forms with 6 nominees
 *   (≈ 69 000 batches, 412 000 nominees; a tenth still drafts, a tenth returned, three tenths
 *   accepted, the rest sent), and every district on its province plan's 5 forms, all accepted;
 * - each province's council with one meeting on its plan, ballot closed, every nominee of the
 *   districts' batches (two-level: of the communes' accepted batches) passed (the approval board's
 *   cards), a fifth of them already approved;
 * - 304 000 awards entered from earlier paper decisions (2019–2025; amounts unknown, as on paper) on the
 *   three-level units, seven in eight to people and one in eight to organisations, spread like the people
 *   (so the big province holds most of them); and 30 000 of the two-level units since 1/7/2025, conferred
 *   by the commune chair, to their own people and organisations. A two-level unit reads its
 *   predecessors' awards through the succession links, as the app does.
 *
 * Ids are readable ('pl_<unit>', 'af_<unit>_<form>', 'nb_<unit>_<form>', …) so the benchmark can
 * name the plans its roles open.
 */

export type WorkSizes = { people: number; newPeople: number; awards: number; newAwards: number; communes: number };

/** Units that propose to the unit above: districts and communes of both eras (two-level wards too). */
const PROPOSERS = `('HUYEN','XA','PHUONG')`;

/** The five award forms of a plan: position, name by level, catalogue code, recipient kind. */
const FORMS = `(VALUES
  (1, 'Tập thể lao động tiên tiến', 'Tập thể lao động tiên tiến', 'TTLDTT', 'COLLECTIVE'),
  (2, 'Lao động tiên tiến', 'Lao động tiên tiến', 'LDTT', 'INDIVIDUAL'),
  (3, 'Chiến sĩ thi đua cơ sở', 'Chiến sĩ thi đua cơ sở', 'CSTD_CS', 'INDIVIDUAL'),
  (4, 'Bằng khen của Chủ tịch UBND tỉnh', 'Giấy khen của Chủ tịch UBND huyện', NULL, 'INDIVIDUAL'),
  (5, 'Bằng khen của Chủ tịch UBND tỉnh (tập thể)', 'Giấy khen của Chủ tịch UBND huyện (tập thể)', NULL, 'COLLECTIVE')
) AS f(pos, province_name, district_name, code, kind)`;

/** Statements in order; each is one INSERT (or helper table) so a failure names its step. */
export function workStatements(s: WorkSizes): { step: string; sql: string }[] {
  return [
    {
      step: "plans",
      sql: `
      INSERT INTO "Plan" ("id","unitId","kind","status","number","numberYear","symbol","place","issuedOn","year","title",
                          "periodFrom","periodTo","purposes","requirements","slogan","contents","participantCollectives",
                          "participantIndividuals","registrationDeadline","dossierDeadline","budgetSource","rewardRules",
                          "recipients","signerAuthority","signerTitle","signerName","registrationItems","version","updatedAt","searchText")
      SELECT 'pl_' || u.id, u.id, 'ANNUAL', 'ISSUED', '01', 2026, 'KH-UBND', u.name, date '2026-01-15', 2026,
             'Kế hoạch tổ chức phong trào thi đua năm 2026 – ' || u.name, date '2026-01-01', date '2026-12-31',
             ARRAY['Động viên cán bộ, công chức thi đua hoàn thành nhiệm vụ năm 2026'], ARRAY['Thiết thực, hiệu quả'],
             'Thi đua là yêu nước', ARRAY['Thi đua hoàn thành nhiệm vụ chính trị'], ARRAY['Các cơ quan, đơn vị'],
             ARRAY['Cán bộ, công chức, viên chức'], date '2026-03-31', date '2026-11-30', 'Quỹ thi đua, khen thưởng',
             'Theo Luật Thi đua, khen thưởng năm 2022', ARRAY['Các đơn vị trực thuộc'], 'TM. Ủy ban nhân dân', 'Chủ tịch',
             'Nguyễn Văn Chủ', ARRAY['TTLDTT','LDTT','CSTD_CS'], 1, now(),
             thidua_search_text('Kế hoạch tổ chức phong trào thi đua năm 2026 – ' || u.name)
        FROM "Unit" u WHERE u.kind IN ('TINH','HUYEN')`,
    },
    {
      step: "award forms",
      sql: `
      INSERT INTO "PlanAwardForm" ("id","planId","position","name","authority","conferral","recipientKind","quota","criteria",
                                   "catalogueCode","recurrence")
      SELECT 'af_' || u.id || '_' || f.pos, 'pl_' || u.id, f.pos,
             CASE u.kind WHEN 'TINH' THEN f.province_name ELSE f.district_name END,
             'Chủ tịch UBND ' || u.name, 'OWN', f.kind::"RecipientKind", CASE WHEN u.kind = 'TINH' THEN 200 ELSE 60 END,
             ARRAY['Hoàn thành xuất sắc nhiệm vụ'], f.code, 'ONCE'
        FROM "Unit" u CROSS JOIN ${FORMS} WHERE u.kind IN ('TINH','HUYEN')`,
    },
    {
      step: "award rounds",
      sql: `
      INSERT INTO "AwardRound" ("id","awardFormId","key","position","label","year","periodFrom","periodTo","dossierDeadline","quota")
      SELECT 'ar_' || substr(af.id, 4), af.id, 'ONCE', 0, 'Năm 2026', 2026, date '2026-01-01', date '2026-12-31',
             date '2026-11-30', af.quota
        FROM "PlanAwardForm" af`,
    },
    {
      // A commune's people numbered 1, 2, … (by id): registrations and nominees pick the first ones.
      step: "people by commune",
      sql: `
      CREATE TEMP TABLE commune_person AS
      SELECT p."unitId", p.id, p."fullName", row_number() OVER (PARTITION BY p."unitId" ORDER BY p.id) AS rn
        FROM "Person" p;
      CREATE INDEX ON commune_person ("unitId", rn);
      CREATE TEMP TABLE commune_size AS SELECT "unitId", count(*) AS cnt FROM commune_person GROUP BY 1`,
    },
    {
      step: "registrations",
      sql: `
      INSERT INTO "Registration" ("id","planId","unitId","year","status","sentAt","updatedAt")
      SELECT 'rg_' || u.id, 'pl_' || u."parentId", u.id, 2026,
             (ARRAY['SENT','APPROVED','SENT','RETURNED','NOT_SENT'])[1 + abs(hashtext(u.id)) % 5]::"RegistrationStatus",
             timestamptz '2026-03-01 09:00+07' + (abs(hashtext(u.id)) % 720) * interval '1 hour', now()
        FROM "Unit" u WHERE u.kind IN ${PROPOSERS}`,
    },
    {
      step: "registration rows",
      sql: `
      INSERT INTO "RegistrationRow" ("id","registrationId","position","kind","organisationId","personId","label","items","commitment")
      SELECT 'rr_' || u.id || '_0', 'rg_' || u.id, 0, 'COLLECTIVE'::"RecipientKind", NULL, NULL, u.name, ARRAY['TTLDTT'],
             'Hoàn thành xuất sắc nhiệm vụ năm 2026'
        FROM "Unit" u WHERE u.kind IN ${PROPOSERS}
      UNION ALL
      SELECT 'rr_' || o."unitId" || '_o' || o.id, 'rg_' || o."unitId", 0, 'COLLECTIVE'::"RecipientKind", o.id, NULL, o.name, ARRAY['TTLDTT'], ''
        FROM "Organisation" o
      UNION ALL
      SELECT 'rr_' || cp."unitId" || '_p' || cp.rn, 'rg_' || cp."unitId", 0, 'INDIVIDUAL'::"RecipientKind", NULL, cp.id, cp."fullName",
             CASE WHEN cp.rn % 3 = 0 THEN ARRAY['LDTT','CSTD_CS'] ELSE ARRAY['LDTT'] END, ''
        FROM commune_person cp WHERE cp.rn <= 15
      UNION ALL
      SELECT 'rr_' || c."parentId" || '_c' || c.id, 'rg_' || c."parentId", 0, 'COLLECTIVE'::"RecipientKind", NULL, NULL, c.name, ARRAY['TTLDTT'], ''
        FROM "Unit" c JOIN "Unit" d ON d.id = c."parentId" WHERE d.kind = 'HUYEN';
      -- Positions as the table prints them: the unit, its organisations, its people (the ids sort so).
      UPDATE "RegistrationRow" r SET "position" = s.pos
        FROM (SELECT id, row_number() OVER (PARTITION BY "registrationId" ORDER BY id) - 1 AS pos FROM "RegistrationRow") s
       WHERE s.id = r.id`,
    },
    {
      // Communes propose to their district (nb_<commune>_<form>), districts to their province.
      step: "nomination batches",
      sql: `
      INSERT INTO "NominationBatch" ("id","planId","awardFormId","roundId","unitId","status","round","submittedAt","decidedAt","createdAt","updatedAt")
      SELECT 'nb_' || u.id || '_' || f.pos, 'pl_' || u."parentId", 'af_' || u."parentId" || '_' || f.pos,
             'ar_' || u."parentId" || '_' || f.pos, u.id, b.status::"BatchStatus", CASE b.status WHEN 'RETURNED' THEN 2 ELSE 1 END,
             CASE WHEN b.status <> 'DRAFT' THEN b.at END, CASE WHEN b.status = 'ACCEPTED' THEN b.at + interval '5 days' END,
             b.at - interval '3 days', b.at
        FROM "Unit" u CROSS JOIN generate_series(1, 5) f(pos)
        CROSS JOIN LATERAL (
          SELECT CASE WHEN u.kind = 'HUYEN' THEN 'ACCEPTED'
                      ELSE (ARRAY['DRAFT','RETURNED','ACCEPTED','ACCEPTED','ACCEPTED','SUBMITTED','SUBMITTED','SUBMITTED','SUBMITTED','SUBMITTED'])
                           [1 + abs(hashtext(u.id || f.pos)) % 10] END AS status,
                 timestamptz '2026-10-01 09:00+07' + (abs(hashtext(u.id || f.pos)) % 1400) * interval '1 hour' AS at) b
       WHERE u.kind IN ${PROPOSERS}`,
    },
    {
      // Six nominees a batch: organisations of the commune on collective forms, its people on the
      // others (different people per form); a district proposes its communes and people of its communes.
      step: "nominees",
      sql: `
      INSERT INTO "Nominee" ("id","batchId","position","kind","personId","organisationId","label","summary","periodFrom","periodTo")
      SELECT 'nm_' || u.id || '_' || f.pos || '_' || j, 'nb_' || u.id || '_' || f.pos, j - 1, f.kind::"RecipientKind",
             cp.id, o.id, coalesce(cp."fullName", o.name, c.name),
             'Hoàn thành xuất sắc nhiệm vụ năm 2026', date '2026-01-01', date '2026-12-31'
        FROM "Unit" u CROSS JOIN ${FORMS} CROSS JOIN generate_series(1, 6) j
        -- the commune whose organisation or person is nominated: the unit itself, or a district's j-th commune
        JOIN "Unit" c ON c.id = CASE u.kind WHEN 'HUYEN' THEN u.id || 'c' || j ELSE u.id END
        LEFT JOIN "Organisation" o ON f.kind = 'COLLECTIVE' AND u.kind <> 'HUYEN' AND o."unitId" = c.id
             AND o.name = 'Thôn ' || j
        LEFT JOIN commune_size cs ON cs."unitId" = c.id
        LEFT JOIN commune_person cp ON f.kind = 'INDIVIDUAL' AND cp."unitId" = c.id AND cp.rn = 1 + ((f.pos * 6 + j) % cs.cnt)
       WHERE u.kind IN ${PROPOSERS} AND (f.kind = 'COLLECTIVE' OR cp.id IS NOT NULL)`,
    },
    {
      step: "councils and closed ballots",
      sql: `
      INSERT INTO "Council" ("id","unitId","name")
      SELECT 'co_' || u.id, u.id, 'Hội đồng Thi đua - Khen thưởng ' || u.name FROM "Unit" u WHERE u.kind = 'TINH';
      INSERT INTO "CouncilMeeting" ("id","unitId","councilId","planId","status","heldOn","startTime","location","memberCount",
                                    "quorumRequired","openedAt","ballotOpenedAt","ballotClosedAt")
      SELECT 'cm_' || u.id, u.id, 'co_' || u.id, 'pl_' || u.id, 'BALLOT_CLOSED', date '2026-11-20', '08:00', 'Hội trường UBND',
             11, 8, timestamptz '2026-11-20 08:00+07', timestamptz '2026-11-20 09:00+07', timestamptz '2026-11-20 10:00+07'
        FROM "Unit" u WHERE u.kind = 'TINH';
      INSERT INTO "MeetingItem" ("id","meetingId","nomineeId","label","unitName","formName","position","thresholdPercent",
                                 "thresholdStrict","agree","disagree","result","approval","approvedAt")
      SELECT 'mi_' || n.id, 'cm_' || d."parentId", n.id, n.label, d.name, af.name,
             row_number() OVER (PARTITION BY d."parentId" ORDER BY n.id), 50, true, 10, 1, 'PASSED',
             CASE WHEN abs(hashtext(n.id)) % 5 = 0 THEN 'APPROVED' ELSE 'PENDING' END::"ApprovalState",
             CASE WHEN abs(hashtext(n.id)) % 5 = 0 THEN timestamptz '2026-11-25 09:00+07' END
        FROM "Nominee" n JOIN "NominationBatch" b ON b.id = n."batchId" JOIN "Unit" d ON d.id = b."unitId"
        JOIN "PlanAwardForm" af ON af.id = b."awardFormId"
       -- three-level: the districts' batches (all accepted); two-level: the communes' accepted ones
       WHERE d.kind = 'HUYEN' OR (d."validFrom" IS NOT NULL AND b.status = 'ACCEPTED')`,
    },
    {
      step: "award history",
      sql: `
      INSERT INTO "AwardRecord" ("id","unitId","kind","personId","organisationId","label","catalogueCode","name","year",
                                 "decisionNumber","decidedOn","conferredBy","amount","source","createdAt")
      SELECT 'aw_' || k, coalesce(p."unitId", o."unitId"), CASE WHEN o.id IS NULL THEN 'INDIVIDUAL' ELSE 'COLLECTIVE' END::"RecipientKind",
             p.id, o.id, coalesce(p."fullName", o.name), t.code, t.name, y, (1 + k % 500) || '/QĐ-UBND',
             make_date(y, 12, 1 + k % 28), 'Chủ tịch UBND huyện', NULL, 'ENTERED', now()
        FROM generate_series(1, ${s.awards}) k
        CROSS JOIN LATERAL (SELECT 2019 + k % 7 AS y) yr
        LEFT JOIN "Person" p ON k % 8 <> 0 AND p.id = 'x' || (1 + (k::bigint * 7919) % ${s.people})
        LEFT JOIN commune cm ON k % 8 = 0 AND cm.n = (k / 8) % ${s.communes}
        LEFT JOIN "Organisation" o ON o.id = 'o' || cm.n || '_' || (1 + k % 7)
        CROSS JOIN LATERAL (
          SELECT * FROM (VALUES
            ('LDTT', 'Lao động tiên tiến', 'INDIVIDUAL'),
            ('CSTD_CS', 'Chiến sĩ thi đua cơ sở', 'INDIVIDUAL'),
            ('GK_CT_HUYEN', 'Giấy khen của Chủ tịch UBND huyện', 'INDIVIDUAL'),
            ('TTLDTT', 'Tập thể lao động tiên tiến', 'COLLECTIVE')
          ) v(code, name, kind)
          WHERE v.kind = CASE WHEN k % 8 = 0 THEN 'COLLECTIVE' ELSE 'INDIVIDUAL' END
          ORDER BY v.code OFFSET CASE WHEN k % 8 = 0 THEN 0 ELSE k % 3 END LIMIT 1) t`,
    },
    {
      // The two-level units' own awards since 1/7/2025, conferred by the commune chair (NĐ 129/2025/NĐ-CP
      // Điều 59), to their present-day people ('y<i>') and one in eight to their organisations.
      step: "two-level award history",
      sql: `
      INSERT INTO "AwardRecord" ("id","unitId","kind","personId","organisationId","label","catalogueCode","name","year",
                                 "decisionNumber","decidedOn","conferredBy","amount","source","createdAt")
      SELECT 'awn_' || k, coalesce(p."unitId", o."unitId"), CASE WHEN o.id IS NULL THEN 'INDIVIDUAL' ELSE 'COLLECTIVE' END::"RecipientKind",
             p.id, o.id, coalesce(p."fullName", o.name), t.code, t.name, 2025, (1 + k % 500) || '/QĐ-UBND',
             date '2025-12-01' + k % 28, 'Chủ tịch UBND xã', NULL, 'ENTERED', now()
        FROM generate_series(1, ${s.newAwards}) k
        LEFT JOIN "Person" p ON k % 8 <> 0 AND p.id = 'y' || (1 + (k::bigint * 7919) % ${s.newPeople})
        LEFT JOIN new_commune cm ON k % 8 = 0 AND cm.n = (k / 8) % (SELECT count(*) FROM new_commune)
        LEFT JOIN "Organisation" o ON o.id = 'on' || cm.n || '_' || (1 + k % 7)
        CROSS JOIN LATERAL (
          SELECT * FROM (VALUES
            ('LDTT', 'Lao động tiên tiến', 'INDIVIDUAL'),
            ('CSTD_CS', 'Chiến sĩ thi đua cơ sở', 'INDIVIDUAL'),
            ('GK_CT_XA', 'Giấy khen của Chủ tịch UBND xã', 'INDIVIDUAL'),
            ('TTLDTT', 'Tập thể lao động tiên tiến', 'COLLECTIVE')
          ) v(code, name, kind)
          WHERE v.kind = CASE WHEN k % 8 = 0 THEN 'COLLECTIVE' ELSE 'INDIVIDUAL' END
          ORDER BY v.code OFFSET CASE WHEN k % 8 = 0 THEN 0 ELSE k % 3 END LIMIT 1) t`,
    },
  ];
}

/** Runs the statements, logging each step's row count; returns the totals the report prints. */
export async function loadWork(c: pg.Client, sizes: WorkSizes, log: (line: string) => void) {
  for (const { step, sql } of workStatements(sizes)) {
    await c.query(sql);
    log(`work: ${step}`);
  }
  const count = async (table: string) => Number((await c.query(`SELECT count(*) FROM "${table}"`)).rows[0].count);
  const totals = {
    plans: await count("Plan"),
    registrationRows: await count("RegistrationRow"),
    batches: await count("NominationBatch"),
    nominees: await count("Nominee"),
    meetingItems: await count("MeetingItem"),
    awards: await count("AwardRecord"),
  };
  for (const t of ["Plan", "PlanAwardForm", "AwardRound", "Registration", "RegistrationRow", "NominationBatch"])
    await c.query(`VACUUM (ANALYZE) "${t}"`);
  for (const t of ["Nominee", "Council", "CouncilMeeting", "MeetingItem", "AwardRecord"])
    await c.query(`VACUUM (ANALYZE) "${t}"`);
  return totals;
}

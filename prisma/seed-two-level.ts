/**
 * Loads the demo's two-level world (prisma/seed-data/two-level.ts) inside the seed's transaction:
 * accounts, organisations and people of Tỉnh Hưng Yên's communes, the province's rules, the
 * councils, the 2026 ratings and initiatives, and Xã Như Quỳnh's issued 2026 plan.
 */
import { seedRounds } from "./seed-data/rounds";
import type { Prisma, Role } from "../src/generated/prisma/client";
import { toSearchText, toSortName } from "../src/domain/text/vietnamese";
import {
  hungYenRules,
  nhuQuynhPlan2026,
  twoLevelAccounts,
  twoLevelCouncils,
  twoLevelInitiatives,
  twoLevelOrganisations,
  twoLevelPeople,
  twoLevelRatings,
} from "./seed-data/two-level";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function seedTwoLevel(tx: Prisma.TransactionClient, passwordHash: string) {
  // Codes are reused across eras: the two-level unit is the one valid from 1/7/2025 and still in force.
  const units = await tx.unit.findMany({
    where: { validFrom: { gte: day("2025-07-01") }, validTo: null },
    select: { id: true, code: true },
  });
  const unitId = (code: string) => {
    const u = units.find((x) => x.code === code);
    if (!u) throw new Error(`seed: no two-level unit ${code}`);
    return u.id;
  };

  for (const account of twoLevelAccounts) {
    const user = await tx.user.create({ data: { email: account.email, name: account.name, passwordHash } });
    await tx.membership.createMany({
      data: account.roles.map(([code, role]) => ({ userId: user.id, unitId: unitId(code), role: role as Role })),
    });
  }
  for (const [code, orgs] of Object.entries(twoLevelOrganisations)) {
    await tx.organisation.createMany({
      data: orgs.map(([name, kind]) => ({ unitId: unitId(code), name, searchText: toSearchText(name), kind })),
    });
  }
  const orgs = await tx.organisation.findMany({
    where: { unitId: { in: Object.keys(twoLevelOrganisations).map(unitId) } },
    select: { id: true, name: true, unitId: true },
  });
  for (const [code, people] of Object.entries(twoLevelPeople)) {
    const uid = unitId(code);
    await tx.person.createMany({
      data: people.map((p) => ({
        unitId: uid,
        fullName: p.fullName,
        sortName: toSortName(p.fullName),
        searchText: toSearchText(p.fullName),
        dateOfBirth: day(p.dateOfBirth),
        gender: p.gender,
        staffKind: p.position.startsWith("Chủ tịch") || p.position.startsWith("Phó Chủ tịch") ? "CAN_BO" : "CONG_CHUC",
        position: p.position,
        organisationId: orgs.find((o) => o.unitId === uid && o.name === p.organisation)?.id ?? null,
      })),
    });
  }
  const person = (code: string, fullName: string) =>
    tx.person.findFirstOrThrow({ where: { unitId: unitId(code), fullName }, select: { id: true, unitId: true } });

  for (const r of twoLevelRatings) {
    const p = await person(r.unitCode, r.person);
    await tx.performanceReview.create({ data: { unitId: p.unitId, personId: p.id, year: 2026, rating: r.rating } });
  }
  for (const { unitCode, person: name, recognisedOn, ...i } of twoLevelInitiatives) {
    const p = await person(unitCode, name);
    await tx.initiative.create({
      data: { ...i, unitId: p.unitId, personId: p.id, scope: "CO_SO", recognisedOn: day(recognisedOn) },
    });
  }

  const { unitCode: provinceCode, titles, decisionDate, effectiveFrom, ...rules } = hungYenRules;
  await tx.provinceRules.create({
    data: {
      ...rules,
      unitId: unitId(provinceCode),
      decisionDate: day(decisionDate),
      effectiveFrom: day(effectiveFrom),
      titles: { create: titles },
    },
  });

  for (const c of twoLevelCouncils) {
    const council = await tx.council.create({ data: { unitId: unitId(c.unitCode), name: c.name, ...c.rules } });
    for (const seat of c.seats) {
      const user = await tx.user.findUniqueOrThrow({ where: { email: seat.email } });
      const p = await person(c.unitCode, seat.person);
      await tx.councilMember.create({
        data: { councilId: council.id, userId: user.id, personId: p.id, role: seat.role, termFrom: day("2025-10-01") },
      });
    }
  }

  const { unitCode, awardForms, bases, ...plan } = nhuQuynhPlan2026;
  await tx.plan.create({
    data: {
      ...plan,
      searchText: toSearchText(plan.title),
      unitId: unitId(unitCode),
      year: Number(plan.periodFrom.slice(0, 4)),
      numberYear: Number(plan.issuedOn.slice(0, 4)),
      version: 1,
      slogan: "",
      rewardRules: "",
      issuedOn: day(plan.issuedOn),
      periodFrom: day(plan.periodFrom),
      periodTo: day(plan.periodTo),
      registrationDeadline: day(plan.registrationDeadline),
      dossierDeadline: day(plan.dossierDeadline),
      bases: { create: bases.map((text, position) => ({ text, position })) },
      awardForms: {
        create: awardForms.map(({ dossier, ...f }, position) => ({
          ...f,
          position,
          dossier: { create: dossier.map((d, i) => ({ ...d, position: i })) },
          rounds: seedRounds(f, plan),
        })),
      },
    },
  });
}

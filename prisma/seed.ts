/**
 * Demo data, loaded once into an empty database: the real units of the seed plans (three-level
 * years and their 2025 successors), demo accounts for every role (listed in README), and the
 * organisations and staff of the communes the seed plans come from; then the two-level world of
 * today (seed-two-level.ts).
 */
import { PrismaPg } from "@prisma/adapter-pg";
import bcrypt from "bcryptjs";
import { PrismaClient, type Role, type OrganisationKind } from "../src/generated/prisma/client";
import { upsertUnits } from "../src/server/units/upsert-units";
import { toSearchText, toSortName } from "../src/domain/text/vietnamese";
import { seedUnits } from "./seed-data/units";
import { DEMO_PASSWORD, demoAccounts, demoCouncils, demoOrganisations, demoPeople } from "./seed-data/demo";
import { demoPlans } from "./seed-data/demo-plans";
import { seedTwoLevel } from "./seed-two-level";
import { seedRounds } from "./seed-data/rounds";
import { seedOperator } from "./seed-operator";

export async function seed(databaseUrl: string): Promise<boolean> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    if ((await prisma.user.count()) > 0) return false;
    const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 11);
    await prisma.$transaction(
      async (tx) => {
        await upsertUnits(tx, seedUnits);
        const units = await tx.unit.findMany({ select: { id: true, code: true, validTo: true } });
        // Demo work happens in the three-level era of the seed plans (units that have a validTo).
        const unitId = (code: string) => {
          const u = units.find((x) => x.code === code && x.validTo !== null) ?? units.find((x) => x.code === code);
          if (!u) throw new Error(`seed: no unit ${code}`);
          return u.id;
        };
        for (const account of demoAccounts) {
          const user = await tx.user.create({ data: { email: account.email, name: account.name, passwordHash } });
          await tx.membership.createMany({
            data: account.roles.map(([code, role]) => ({ userId: user.id, unitId: unitId(code), role: role as Role })),
          });
        }
        for (const [code, orgs] of Object.entries(demoOrganisations)) {
          await tx.organisation.createMany({
            data: orgs.map(([name, kind]) => ({
              unitId: unitId(code),
              name,
              searchText: toSearchText(name),
              kind: kind as OrganisationKind,
            })),
          });
        }
        const orgs = await tx.organisation.findMany({ select: { id: true, name: true, unitId: true } });
        for (const [code, people] of Object.entries(demoPeople)) {
          const uid = unitId(code);
          await tx.person.createMany({
            data: people.map((p) => ({
              unitId: uid,
              fullName: p.fullName,
              sortName: toSortName(p.fullName),
              searchText: toSearchText(p.fullName),
              dateOfBirth: new Date(`${p.dateOfBirth}T00:00:00.000Z`),
              gender: p.gender,
              staffKind: p.staffKind,
              position: p.position,
              partyMember: p.partyMember,
              organisationId: orgs.find((o) => o.unitId === uid && o.name === p.organisation)?.id ?? null,
            })),
          });
        }
        const disciplined = await tx.person.findFirst({
          where: { fullName: "Phạm Văn Hùng" },
          select: { id: true, unitId: true },
        });
        for (const c of demoCouncils) {
          const uid = unitId(c.unitCode);
          const council = await tx.council.create({ data: { unitId: uid, name: c.name, ...c.rules } });
          for (const seat of c.seats) {
            const user = await tx.user.findUniqueOrThrow({ where: { email: seat.email } });
            const person = await tx.person.findFirstOrThrow({ where: { unitId: uid, fullName: seat.person } });
            await tx.councilMember.create({
              data: {
                councilId: council.id,
                userId: user.id,
                personId: person.id,
                role: seat.role,
                termFrom: new Date("2021-07-01T00:00:00.000Z"),
              },
            });
          }
        }
        if (disciplined) {
          await tx.disciplineRecord.create({
            data: {
              unitId: disciplined.unitId,
              personId: disciplined.id,
              status: "DECIDED",
              level: "KHIEN_TRACH",
              decisionNumber: "12/QĐ-UBND",
              reason: "Chậm giải quyết hồ sơ thủ tục hành chính quá hạn",
              effectiveFrom: new Date("2024-05-06T00:00:00.000Z"),
              effectiveTo: new Date("2025-05-05T00:00:00.000Z"),
            },
          });
        }
        for (const { unitCode, awardForms, ...p } of demoPlans) {
          const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
          await tx.plan.create({
            data: {
              ...p,
              searchText: toSearchText(p.title),
              unitId: unitId(unitCode),
              year: Number(p.periodFrom.slice(0, 4)),
              numberYear: Number(p.issuedOn.slice(0, 4)),
              version: 1,
              slogan: "",
              rewardRules: "",
              issuedOn: day(p.issuedOn),
              periodFrom: day(p.periodFrom),
              periodTo: day(p.periodTo),
              registrationDeadline: day(p.registrationDeadline),
              dossierDeadline: day(p.dossierDeadline),
              awardForms: {
                create: awardForms.map(({ dossier, ...f }, position) => ({
                  ...f,
                  position,
                  dossier: { create: dossier.map((d, i) => ({ ...d, position: i })) },
                  rounds: seedRounds(f, p),
                })),
              },
            },
          });
        }
        await seedTwoLevel(tx, passwordHash);
        await seedOperator(tx, passwordHash);
      },
      { timeout: 120_000 },
    );
    return true;
  } finally {
    await prisma.$disconnect();
  }
}

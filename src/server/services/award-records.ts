import "server-only";
import type { Actor } from "@/server/auth/actor-types";
import { organisationAwardRecord, personAwardRecord } from "@/server/data/award-records";
import { awardRecordDocx } from "@/server/documents/award-record-docx";
import { GENDER_LABELS } from "@/schemas/person";
import { ORGANISATION_KIND_LABELS } from "@/schemas/organisation";
import { formatViDate, todayInVietnam } from "@/lib/dates";

/** Quá trình khen thưởng of a person or a collective as .docx, read through the wall like its page. */

/** The lines that say who a person is, on the page and in the document alike. */
export function personDetails(p: Awaited<ReturnType<typeof personAwardRecord>>): string[] {
  return [
    `Ngày sinh: ${formatViDate(p.dateOfBirth)}; giới tính: ${GENDER_LABELS[p.gender].toLocaleLowerCase("vi-VN")}`,
    `Chức vụ: ${p.position}`,
    `Đơn vị: ${[p.organisation?.name, p.unit.name].filter(Boolean).join(", ")}`,
  ];
}

export function organisationDetails(o: Awaited<ReturnType<typeof organisationAwardRecord>>): string[] {
  return [`Loại: ${ORGANISATION_KIND_LABELS[o.kind]}`, `Đơn vị: ${o.unit.name}`];
}

export async function personRecordDocx(actor: Actor, personId: string) {
  const p = await personAwardRecord(actor, personId);
  const bytes = await awardRecordDocx({
    unitName: p.unit.name,
    subject: p.fullName,
    details: personDetails(p),
    awards: p.awards,
    today: todayInVietnam(),
  });
  return { bytes, name: p.fullName };
}

export async function organisationRecordDocx(actor: Actor, organisationId: string) {
  const o = await organisationAwardRecord(actor, organisationId);
  const bytes = await awardRecordDocx({
    unitName: o.unit.name,
    subject: o.name,
    details: organisationDetails(o),
    awards: o.awards,
    today: todayInVietnam(),
  });
  return { bytes, name: o.name };
}

import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { personAwardRecord } from "@/server/data/award-records";
import { personDetails } from "@/server/services/award-records";
import { orNotFound } from "@/server/actions/page-guard";
import { AwardRecordDocument } from "@/components/documents/award-record-document";
import { todayInVietnam } from "@/lib/dates";

export const metadata: Metadata = { title: "Quá trình khen thưởng" };

/** A person's award record laid out for printing (and as .docx). */
export default async function PersonRecordPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("person.read");
  const p = await orNotFound(personAwardRecord(actor, id));
  return (
    <AwardRecordDocument
      unitName={p.unit.name}
      subject={p.fullName}
      details={personDetails(p)}
      awards={p.awards}
      today={todayInVietnam()}
      backHref={`/nhan-su/${p.id}`}
      docxHref={`/nhan-su/${p.id}/qua-trinh-khen-thuong/tai-ve`}
    />
  );
}

import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { organisationAwardRecord } from "@/server/data/award-records";
import { organisationDetails } from "@/server/services/award-records";
import { orNotFound } from "@/server/actions/page-guard";
import { AwardRecordDocument } from "@/components/documents/award-record-document";
import { todayInVietnam } from "@/lib/dates";

export const metadata: Metadata = { title: "Quá trình khen thưởng" };

/** A collective's award record laid out for printing (and as .docx). */
export default async function OrganisationRecordPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("organisation.read");
  const o = await orNotFound(organisationAwardRecord(actor, id));
  return (
    <AwardRecordDocument
      unitName={o.unit.name}
      subject={o.name}
      details={organisationDetails(o)}
      awards={o.awards}
      today={todayInVietnam()}
      backHref={`/to-chuc/${o.id}`}
      docxHref={`/to-chuc/${o.id}/qua-trinh-khen-thuong/tai-ve`}
    />
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { can } from "@/domain/auth/permissions";
import { findOrganisation } from "@/server/data/organisations";
import { listOrganisationHolds } from "@/server/data/achievements";
import { organisationAwardRecord } from "@/server/data/award-records";
import { isMyUnit } from "@/server/data/scope";
import { orNotFound } from "@/server/actions/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { AwardRecordView } from "@/components/documents/award-record-view";
import { ORGANISATION_KIND_LABELS } from "@/schemas/organisation";
import { HoldRows } from "../../nhan-su/[id]/person-records";
import { HoldForm } from "../../nhan-su/[id]/record-forms";

export const metadata: Metadata = { title: "Tổ chức, tập thể" };

/**
 * A collective as the unit reads it: what it is, its award record (quá trình khen thưởng,
 * printable) and the complaints or inspections open about it. Editing is a separate action.
 */
export default async function OrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("organisation.read");
  const org = await orNotFound(findOrganisation(actor, id));
  const ownUnit = isMyUnit(actor, org.unitId);
  const canEdit = ownUnit && can(actor.roles, "organisation.write");
  const canReadHolds = can(actor.roles, "discipline.read");
  const canWriteHolds = ownUnit && can(actor.roles, "discipline.write");
  const [record, holds] = await Promise.all([
    organisationAwardRecord(actor, org.id),
    canReadHolds ? listOrganisationHolds(actor, org.id) : [],
  ]);
  return (
    <>
      <PageHeader
        title={org.name}
        description={`${ORGANISATION_KIND_LABELS[org.kind]} · ${record.unit.name}${org.active ? "" : " · ngừng hoạt động"}`}
        actions={
          <>
            <Link href={`/to-chuc/${org.id}/qua-trinh-khen-thuong`} className={buttonClass("secondary")}>
              In quá trình khen thưởng
            </Link>
            {canEdit ? (
              <Link href={`/to-chuc/${org.id}/sua`} className={buttonClass("primary")}>
                Sửa thông tin
              </Link>
            ) : null}
          </>
        }
      />
      <section
        aria-labelledby="qua-trinh-khen-thuong"
        className="max-w-5xl space-y-4 rounded-lg border border-slate-300 bg-white p-6"
      >
        <h2 id="qua-trinh-khen-thuong" className="text-lg font-semibold">
          Quá trình khen thưởng
        </h2>
        <AwardRecordView subject={org.name} awards={record.awards} />
      </section>
      {canReadHolds ? (
        <section
          aria-labelledby="don-thu"
          className="mt-8 max-w-5xl space-y-4 rounded-lg border border-slate-300 bg-white p-6"
        >
          <h2 id="don-thu" className="text-lg font-semibold">
            Đơn thư, thanh tra đang xác minh
          </h2>
          {holds.length ? (
            <ScrollRegion label="Đơn thư, thanh tra đang xác minh">
              <table className="w-full text-left text-sm">
                <HoldRows holds={holds} canWrite={canWriteHolds} subject={{ organisationId: org.id }} />
              </table>
            </ScrollRegion>
          ) : (
            <p className="text-sm text-slate-700">Chưa có.</p>
          )}
          {canWriteHolds ? <HoldForm subject={{ organisationId: org.id }} /> : null}
        </section>
      ) : null}
    </>
  );
}

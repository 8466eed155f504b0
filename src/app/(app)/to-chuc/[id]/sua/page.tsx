import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { can } from "@/domain/auth/permissions";
import { findOrganisationForEdit, organisationFormValues } from "@/server/data/organisations";
import { listPeopleChoices } from "@/server/data/people";
import { listOrganisationHolds } from "@/server/data/achievements";
import { orNotFound } from "@/server/actions/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { OrganisationForm } from "../organisation-form";
import { DeleteButton } from "@/components/forms/delete-button";
import { HoldRows } from "../../nhan-su/[id]/person-records";
import { HoldForm } from "../../nhan-su/[id]/record-forms";
import { deleteOrganisationAction } from "../actions";

export const metadata: Metadata = { title: "Sửa tổ chức" };

export default async function EditOrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("organisation.write");
  const org = await orNotFound(findOrganisationForEdit(actor, id));
  const [people, holds] = await Promise.all([listPeopleChoices(actor), listOrganisationHolds(actor, org.id)]);
  const canWriteHolds = can(actor.roles, "discipline.write");
  return (
    <>
      <PageHeader
        title={`Sửa: ${org.name}`}
        actions={
          <DeleteButton
            action={deleteOrganisationAction.bind(null, org.id)}
            redirectTo="/to-chuc"
            confirmText={`Xoá tổ chức "${org.name}"?`}
          />
        }
      />
      <OrganisationForm
        id={org.id}
        initial={organisationFormValues(org)}
        rowVersion={org.rowVersion}
        people={people.map((p) => ({ id: p.id, label: `${p.fullName} – ${p.position}` }))}
      />
      {can(actor.roles, "discipline.read") ? (
        <section
          aria-labelledby="don-thu"
          className="mt-8 max-w-5xl space-y-4 rounded-lg border border-slate-300 bg-white p-6"
        >
          <h2 id="don-thu" className="text-lg font-semibold">
            Đơn thư, thanh tra đang xác minh
          </h2>
          {holds.length ? (
            <table className="w-full text-left text-sm">
              <HoldRows holds={holds} canWrite={canWriteHolds} subject={{ organisationId: org.id }} />
            </table>
          ) : (
            <p className="text-sm text-slate-700">Chưa có.</p>
          )}
          {canWriteHolds ? <HoldForm subject={{ organisationId: org.id }} /> : null}
        </section>
      ) : null}
    </>
  );
}

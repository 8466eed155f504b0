import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { findOrganisationForEdit, organisationFormValues } from "@/server/data/organisations";
import { listPeopleChoices } from "@/server/data/people";
import { orNotFound } from "@/server/actions/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { OrganisationForm } from "../../organisation-form";
import { DeleteButton } from "@/components/forms/delete-button";
import { deleteOrganisationAction } from "../../actions";

export const metadata: Metadata = { title: "Sửa tổ chức" };

/** Editing a collective (and removing it), apart from its record: only in its own unit. */
export default async function EditOrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("organisation.write");
  const org = await orNotFound(findOrganisationForEdit(actor, id));
  const people = await listPeopleChoices(actor);
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
    </>
  );
}

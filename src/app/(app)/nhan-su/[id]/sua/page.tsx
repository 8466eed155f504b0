import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { findPersonForEdit, personFormValues } from "@/server/data/people";
import { listOrganisationChoices } from "@/server/data/organisations";
import { orNotFound } from "@/server/actions/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { DeleteButton } from "@/components/forms/delete-button";
import { PersonForm } from "../../person-form";
import { deletePersonAction } from "../../actions";

export const metadata: Metadata = { title: "Sửa thông tin cá nhân" };

/** Editing who a person is (and removing them), apart from their record: only in their own unit. */
export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("person.write");
  const person = await orNotFound(findPersonForEdit(actor, id));
  return (
    <>
      <PageHeader
        title={`Sửa: ${person.fullName}`}
        actions={
          <DeleteButton
            action={deletePersonAction.bind(null, person.id)}
            redirectTo="/nhan-su"
            confirmText={`Xoá ${person.fullName} khỏi danh sách?`}
          />
        }
      />
      <PersonForm
        id={person.id}
        organisations={await listOrganisationChoices(actor)}
        initial={personFormValues(person)}
        rowVersion={person.rowVersion}
      />
    </>
  );
}

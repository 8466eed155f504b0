import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { PageHeader } from "@/components/ui/page-header";
import { OrganisationForm } from "../organisation-form";
import { listPeopleChoices } from "@/server/data/people";

export const metadata: Metadata = { title: "Thêm tổ chức" };

export default async function NewOrganisationPage() {
  const actor = await requirePermission("organisation.write");
  return (
    <>
      <PageHeader title="Thêm tổ chức, tập thể" description={actor.unit.name} />
      <OrganisationForm
        people={(await listPeopleChoices(actor)).map((p) => ({ id: p.id, label: `${p.fullName} – ${p.position}` }))}
      />
    </>
  );
}

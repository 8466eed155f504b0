import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { listOrganisationChoices } from "@/server/data/organisations";
import { PageHeader } from "@/components/ui/page-header";
import { PersonForm } from "../person-form";

export const metadata: Metadata = { title: "Thêm người" };

export default async function NewPersonPage() {
  const actor = await requirePermission("person.write");
  return (
    <>
      <PageHeader title="Thêm cán bộ, người lao động" description={actor.unit.name} />
      <PersonForm organisations={await listOrganisationChoices(actor)} />
    </>
  );
}

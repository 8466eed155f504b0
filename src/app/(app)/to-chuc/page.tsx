import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { can } from "@/domain/auth/permissions";
import { ORGANISATION_SORT_KEYS, listOrganisations } from "@/server/data/organisations";
import { parseTableParams, type SearchParams } from "@/lib/table-params";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { OrganisationsTable } from "./organisations-table";

export const metadata: Metadata = { title: "Tổ chức, tập thể" };

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("organisation.read");
  const params = parseTableParams(await searchParams, { sortKeys: ORGANISATION_SORT_KEYS, defaultSort: "name" });
  const { rows, total } = await listOrganisations(actor, params);
  const canWrite = can(actor.roles, "organisation.write");
  return (
    <>
      <PageHeader
        title="Tổ chức, tập thể"
        description="Cơ quan, ban ngành, đoàn thể, bộ phận, thôn và tổ dân phố có thể được đề nghị khen thưởng."
        actions={
          canWrite ? (
            <Link href="/to-chuc/moi" className={buttonClass()}>
              Thêm tổ chức
            </Link>
          ) : null
        }
      />
      <OrganisationsTable
        params={params}
        total={total}
        sortKeys={ORGANISATION_SORT_KEYS}
        data={rows.map((r) => ({
          id: r.id,
          name: r.name,
          kind: r.kind,
          active: r.active,
          unitName: r.unit.name,
          people: r.peopleCount,
        }))}
      />
    </>
  );
}

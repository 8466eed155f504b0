import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { can } from "@/domain/auth/permissions";
import { PERSON_SORT_KEYS, listPeople } from "@/server/data/people";
import { parseTableParams, type SearchParams } from "@/lib/table-params";
import { toIsoDate } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { PeopleTable } from "./people-table";

export const metadata: Metadata = { title: "Cán bộ, người lao động" };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("person.read");
  const params = parseTableParams(await searchParams, { sortKeys: PERSON_SORT_KEYS, defaultSort: "sortName" });
  const { rows, total, totalCapped, cursors } = await listPeople(actor, params);
  return (
    <>
      <PageHeader
        title="Cán bộ, người lao động"
        description="Cán bộ, công chức, viên chức và người lao động có thể được đăng ký thi đua và đề nghị khen thưởng."
        actions={
          <>
            {can(actor.roles, "person.import") ? (
              <Link href="/nhan-su/nhap-excel" className={buttonClass("secondary")}>
                Nhập từ Excel
              </Link>
            ) : null}
            {can(actor.roles, "person.write") ? (
              <Link href="/nhan-su/moi" className={buttonClass()}>
                Thêm người
              </Link>
            ) : null}
          </>
        }
      />
      <PeopleTable
        params={params}
        total={total}
        totalCapped={totalCapped}
        cursors={cursors}
        sortKeys={PERSON_SORT_KEYS}
        data={rows.map((r) => ({
          id: r.id,
          fullName: r.fullName,
          dateOfBirth: toIsoDate(r.dateOfBirth),
          position: r.position,
          staffKind: r.staffKind,
          organisation: r.organisation?.name ?? null,
          unitName: r.unit.name,
          partyMember: r.partyMember,
          disciplines: r.disciplineCount,
        }))}
      />
    </>
  );
}

import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { can } from "@/domain/auth/permissions";
import { findPerson, personFormValues } from "@/server/data/people";
import { disciplineFormValues, listDisciplines } from "@/server/data/disciplines";
import { listPersonRecords } from "@/server/data/achievements";
import { PersonRecords } from "./person-records";
import { listOrganisationChoices } from "@/server/data/organisations";
import { orNotFound } from "@/server/actions/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { DeleteButton } from "@/components/forms/delete-button";
import { formatViDate } from "@/lib/dates";
import { DISCIPLINE_LEVEL_LABELS, GENDER_LABELS, STAFF_KIND_LABELS } from "@/schemas/person";
import { PersonForm } from "../person-form";
import { DisciplineForm } from "./discipline-form";
import { deleteDisciplineAction, deletePersonAction } from "../actions";
import { isMyUnit } from "@/server/data/scope";

export const metadata: Metadata = { title: "Hồ sơ cá nhân" };

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("person.read");
  const person = await orNotFound(findPerson(actor, id));
  const ownUnit = isMyUnit(actor, person.unitId);
  const canEdit = ownUnit && can(actor.roles, "person.write");
  const canReadDiscipline = can(actor.roles, "discipline.read");
  const canWriteDiscipline = ownUnit && can(actor.roles, "discipline.write");
  const [disciplines, records] = await Promise.all([
    canReadDiscipline ? listDisciplines(actor, person.id) : [],
    listPersonRecords(actor, person.id),
  ]);

  return (
    <>
      <PageHeader
        title={person.fullName}
        description={`${person.position} · ${person.unit.name}`}
        actions={
          canEdit ? (
            <DeleteButton
              action={deletePersonAction.bind(null, person.id)}
              redirectTo="/nhan-su"
              confirmText={`Xoá ${person.fullName} khỏi danh sách?`}
            />
          ) : null
        }
      />
      {canEdit ? (
        <PersonForm
          id={person.id}
          organisations={await listOrganisationChoices(actor)}
          initial={personFormValues(person)}
          rowVersion={person.rowVersion}
        />
      ) : (
        <dl className="grid max-w-3xl gap-3 rounded-lg border border-slate-300 bg-white p-6 text-sm sm:grid-cols-2">
          <div>
            <dt className="font-medium">Ngày sinh</dt>
            <dd>{formatViDate(person.dateOfBirth)}</dd>
          </div>
          <div>
            <dt className="font-medium">Giới tính</dt>
            <dd>{GENDER_LABELS[person.gender]}</dd>
          </div>
          <div>
            <dt className="font-medium">Loại</dt>
            <dd>{STAFF_KIND_LABELS[person.staffKind]}</dd>
          </div>
          <div>
            <dt className="font-medium">Tổ chức</dt>
            <dd>{person.organisation?.name ?? "—"}</dd>
          </div>
          <div>
            <dt className="font-medium">Đảng viên</dt>
            <dd>{person.partyMember ? "Có" : "Không"}</dd>
          </div>
        </dl>
      )}
      {canReadDiscipline ? (
        <section
          aria-labelledby="ky-luat"
          className="mt-8 max-w-5xl space-y-4 rounded-lg border border-slate-300 bg-white p-6"
        >
          <h2 id="ky-luat" className="text-lg font-semibold">
            Kỷ luật
          </h2>
          {disciplines.length === 0 ? (
            <p className="text-sm text-slate-700">Chưa có kỷ luật nào được ghi nhận.</p>
          ) : (
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Các kỷ luật của {person.fullName}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2">
                    Tình trạng
                  </th>
                  <th scope="col">Hình thức</th>
                  <th scope="col">Thời gian</th>
                  <th scope="col">Lý do</th>
                  {canWriteDiscipline ? (
                    <th scope="col">
                      <span className="sr-only">Thao tác</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {disciplines.map((d) => (
                  <tr key={d.id} className="border-b border-slate-200 align-top">
                    <td className="py-2">
                      {d.status === "DECIDED" ? "Đã quyết định" : "Đang xem xét"}
                      {d.decisionNumber ? ` (${d.decisionNumber})` : ""}
                    </td>
                    <td>{d.level ? DISCIPLINE_LEVEL_LABELS[d.level] : "—"}</td>
                    <td>
                      {formatViDate(d.effectiveFrom)} – {d.effectiveTo ? formatViDate(d.effectiveTo) : "nay"}
                    </td>
                    <td>{d.reason}</td>
                    {canWriteDiscipline ? (
                      <td className="space-y-2">
                        <details>
                          <summary className="cursor-pointer text-blue-800 underline">Sửa</summary>
                          <DisciplineForm
                            personId={person.id}
                            id={d.id}
                            initial={disciplineFormValues(d)}
                            rowVersion={d.rowVersion}
                          />
                        </details>
                        <DeleteButton
                          action={deleteDisciplineAction.bind(null, d.id)}
                          confirmText="Xoá bản ghi kỷ luật này?"
                        />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {canWriteDiscipline ? <DisciplineForm personId={person.id} /> : null}
        </section>
      ) : null}
      <PersonRecords
        personId={person.id}
        name={person.fullName}
        records={records}
        canEdit={canEdit}
        canReadHolds={canReadDiscipline}
        canWriteHolds={canWriteDiscipline}
      />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { can } from "@/domain/auth/permissions";
import { findPerson } from "@/server/data/people";
import { disciplineFormValues, listDisciplines } from "@/server/data/disciplines";
import { listPersonRecords } from "@/server/data/achievements";
import { personAwardRecord } from "@/server/data/award-records";
import { orNotFound } from "@/server/actions/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { DeleteButton } from "@/components/forms/delete-button";
import { AwardRecordView } from "@/components/documents/award-record-view";
import { formatViDate } from "@/lib/dates";
import { DISCIPLINE_LEVEL_LABELS, GENDER_LABELS, STAFF_KIND_LABELS } from "@/schemas/person";
import { PersonRecords } from "./person-records";
import { EnteredAwardForm } from "./record-forms";
import { DisciplineForm } from "./discipline-form";
import { deleteDisciplineAction, deletePersonRecordAction } from "../actions";
import { isMyUnit } from "@/server/data/scope";

export const metadata: Metadata = { title: "Hồ sơ cá nhân" };

/**
 * A person as the unit reads them: who they are, their award record (quá trình khen thưởng,
 * printable), discipline and what eligibility reads. Changing who they are is a separate action
 * ("Sửa thông tin", /sua); recording a rating, an initiative or an earlier award stays here.
 */
export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("person.read");
  const person = await orNotFound(findPerson(actor, id));
  const ownUnit = isMyUnit(actor, person.unitId);
  const canEdit = ownUnit && can(actor.roles, "person.write");
  const canReadDiscipline = can(actor.roles, "discipline.read");
  const canWriteDiscipline = ownUnit && can(actor.roles, "discipline.write");
  const [disciplines, records, record] = await Promise.all([
    canReadDiscipline ? listDisciplines(actor, person.id) : [],
    listPersonRecords(actor, person.id),
    personAwardRecord(actor, person.id),
  ]);

  return (
    <>
      <PageHeader
        title={person.fullName}
        description={`${person.position} · ${person.unit.name}`}
        actions={
          <>
            <Link href={`/nhan-su/${person.id}/qua-trinh-khen-thuong`} className={buttonClass("secondary")}>
              In quá trình khen thưởng
            </Link>
            {canEdit ? (
              <Link href={`/nhan-su/${person.id}/sua`} className={buttonClass("primary")}>
                Sửa thông tin
              </Link>
            ) : null}
          </>
        }
      />
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
      <section
        aria-labelledby="qua-trinh-khen-thuong"
        className="mt-8 max-w-5xl space-y-4 rounded-lg border border-slate-300 bg-white p-6"
      >
        <h2 id="qua-trinh-khen-thuong" className="text-lg font-semibold">
          Quá trình khen thưởng
        </h2>
        <AwardRecordView
          subject={person.fullName}
          awards={record.awards}
          action={
            canEdit
              ? (a) =>
                  a.source === "ENTERED" ? (
                    <DeleteButton
                      action={deletePersonRecordAction.bind(null, "award", a.id)}
                      confirmText={`Xoá khen thưởng ${a.name} năm ${a.year}?`}
                      label={`Xoá khen thưởng ${a.name} năm ${a.year}`}
                    />
                  ) : null
              : undefined
          }
        />
        {canEdit ? <EnteredAwardForm personId={person.id} /> : null}
      </section>
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
            <div className="overflow-x-auto">
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
            </div>
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

import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { can } from "@/domain/auth/permissions";
import { findEntry } from "@/domain/catalogue/catalogue";
import { thresholdText, MEETING_STATUS_LABELS } from "@/domain/council/rules";
import { councilRulesFormValues, findCouncil, listUnitUserChoices } from "@/server/data/councils";
import { listMeetings, listSchedulablePlans } from "@/server/data/meetings";
import { listPeopleChoices } from "@/server/data/people";
import { COUNCIL_ROLE_LABELS } from "@/schemas/council";
import { formatViDate, todayInVietnam } from "@/lib/dates";
import { unitNameInSentence } from "@/domain/units/hierarchy";
import { PageHeader } from "@/components/ui/page-header";
import { DeleteButton } from "@/components/forms/delete-button";
import { findEffectiveCouncilRules } from "@/server/data/council-effective-rules";
import { CouncilMemberForm, EndTermForm, MeetingForm, ThresholdForm } from "./council-forms";
import { CouncilRulesForm } from "./council-rules-form";
import { EffectiveRules } from "./effective-rules";
import { deleteCouncilThresholdAction, removeCouncilMemberAction } from "./actions";

export const metadata: Metadata = { title: "Hội đồng thi đua – khen thưởng" };

const box = "mt-6 max-w-5xl space-y-4 rounded-lg border border-slate-300 bg-white p-6";

export default async function CouncilPage() {
  const actor = await requirePermission("council.read");
  const manage = can(actor.roles, "council.manage");
  const [council, meetings, effective] = await Promise.all([
    findCouncil(actor),
    listMeetings(actor),
    findEffectiveCouncilRules(actor),
  ]);
  const [users, people, plans] = manage
    ? await Promise.all([listUnitUserChoices(actor), listPeopleChoices(actor), listSchedulablePlans(actor)])
    : [[], [], []];
  return (
    <>
      <PageHeader title="Hội đồng Thi đua – Khen thưởng" description={actor.unit.name} />
      {manage ? null : (
        <p className="max-w-5xl text-sm text-slate-700">
          Quy chế, thành viên và lịch họp do quản trị, cán bộ phụ trách thi đua – khen thưởng hoặc Chủ tịch đơn vị cập
          nhật; thư ký điều hành phiên họp tại trang của từng phiên.
        </p>
      )}
      <section aria-labelledby="quy-che" className={box}>
        <h2 id="quy-che" className="text-lg font-semibold">
          Quy chế hoạt động
        </h2>
        <p className="text-sm text-slate-700">
          Phiếu đồng ý tính trên tổng số thành viên, người không bỏ phiếu tính là không đồng ý. Quy chế để trống số dự
          họp tối thiểu, ý kiến bằng văn bản thì áp dụng quy định của tỉnh; tỷ lệ chung dùng cho danh hiệu, hình thức mà
          tỉnh và Nghị định không quy định tỷ lệ.
          {council ? "" : " Đơn vị chưa lập Hội đồng."}
        </p>
        <EffectiveRules rules={effective} />
        {manage ? (
          <CouncilRulesForm
            rowVersion={council?.rowVersion ?? null}
            initial={
              council
                ? councilRulesFormValues(council)
                : {
                    name: `Hội đồng Thi đua – Khen thưởng ${unitNameInSentence(actor.unit.name)}`,
                    quorumNumerator: "",
                    quorumDenominator: "",
                    thresholdPercent: 50,
                    thresholdStrict: true,
                    countsWrittenOpinions: "",
                  }
            }
          />
        ) : null}
      </section>
      {council ? (
        <>
          <section aria-labelledby="thanh-vien" className={box}>
            <h2 id="thanh-vien" className="text-lg font-semibold">
              Thành viên ({council.members.length})
            </h2>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Thành viên Hội đồng</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2">
                    Họ và tên
                  </th>
                  <th scope="col">Vai trò</th>
                  <th scope="col">Nhiệm kỳ</th>
                  {manage ? (
                    <th scope="col">
                      <span className="sr-only">Thao tác</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {council.members.map((m) => (
                  <tr key={m.id} className="border-b border-slate-200">
                    <td className="py-2">{m.user.name}</td>
                    <td>{COUNCIL_ROLE_LABELS[m.role]}</td>
                    <td>
                      {formatViDate(m.termFrom)} – {m.termTo ? formatViDate(m.termTo) : "nay"}
                    </td>
                    {manage ? (
                      <td className="space-y-2 py-2">
                        {m.termTo ? null : (
                          <details>
                            <summary className="cursor-pointer text-blue-800 underline">Kết thúc nhiệm kỳ</summary>
                            <EndTermForm memberId={m.id} name={m.user.name} today={todayInVietnam()} />
                          </details>
                        )}
                        <DeleteButton
                          label={`Bỏ ${m.user.name}`}
                          action={removeCouncilMemberAction.bind(null, m.id)}
                          confirmText={`Bỏ ${m.user.name} khỏi Hội đồng?`}
                        />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
            {manage ? (
              <CouncilMemberForm
                users={users.map((u) => ({ id: u.id, label: `${u.name} (${u.email})` }))}
                people={people.map((p) => ({ id: p.id, label: `${p.fullName} – ${p.position}` }))}
              />
            ) : null}
          </section>
          <section aria-labelledby="ty-le" className={box}>
            <h2 id="ty-le" className="text-lg font-semibold">
              Tỷ lệ riêng theo danh hiệu, hình thức
            </h2>
            {council.thresholds.length === 0 ? (
              <p className="text-sm text-slate-700">
                Chưa có: áp dụng tỷ lệ của tỉnh, của Nghị định hoặc tỷ lệ chung (xem “Quy định đang áp dụng”).
              </p>
            ) : (
              <ul className="space-y-2 text-sm">
                {council.thresholds.map((t) => (
                  <li key={t.id} className="flex items-center justify-between gap-2">
                    <span>
                      {findEntry(t.catalogueCode)?.name ?? t.catalogueCode}: {thresholdText(t)}
                    </span>
                    {manage ? (
                      <DeleteButton
                        label={`Bỏ tỷ lệ ${findEntry(t.catalogueCode)?.name ?? t.catalogueCode}`}
                        action={deleteCouncilThresholdAction.bind(null, t.id)}
                        confirmText="Bỏ tỷ lệ riêng này?"
                      />
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            {manage ? <ThresholdForm /> : null}
          </section>
        </>
      ) : null}
      <section aria-labelledby="phien-hop" className={box}>
        <h2 id="phien-hop" className="text-lg font-semibold">
          Phiên họp
        </h2>
        {meetings.length === 0 ? (
          <p className="text-sm text-slate-700">Chưa có phiên họp.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {meetings.map((m) => (
              <li key={m.id}>
                <Link className="text-blue-800 underline" href={`/hoi-dong/phien-hop/${m.id}`}>
                  Phiên họp ngày {formatViDate(m.heldOn)} – {m.plan.title}
                </Link>{" "}
                · {m._count.items} người, tập thể · {MEETING_STATUS_LABELS[m.status]}
              </li>
            ))}
          </ul>
        )}
        {manage && council && plans.every((p) => p.waiting === 0) ? (
          <p className="text-sm text-slate-700">
            Chưa có kế hoạch nào có hồ sơ chờ Hội đồng: hồ sơ đề nghị phải được thẩm định chấp nhận (kế hoạch của đơn
            vị), hoặc là tờ trình đang soạn của đơn vị gửi cấp trên.
          </p>
        ) : null}
        {manage && council && plans.some((p) => p.waiting > 0) ? (
          <MeetingForm
            plans={plans
              .filter((p) => p.waiting > 0)
              .map((p) => ({
                id: p.id,
                label: p.upward
                  ? `${p.title} – đề nghị lên ${p.unit.name} (${p.waiting} người, tập thể chờ Hội đồng)`
                  : `${p.title} (${p.waiting} hồ sơ chờ Hội đồng)`,
              }))}
            today={todayInVietnam()}
          />
        ) : null}
      </section>
    </>
  );
}

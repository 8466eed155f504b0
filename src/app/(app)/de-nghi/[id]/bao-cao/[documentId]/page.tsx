import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { findReportContext } from "@/server/data/nominations/dossier-documents";
import { orNotFound } from "@/server/actions/page-guard";
import { toIsoDate, todayInVietnam } from "@/lib/dates";
import { reportTemplate } from "@/domain/law/report-template";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { attachReportAction } from "../../../actions";
import { CollectiveReportForm, IndividualReportForm } from "./report-form";

export const metadata: Metadata = { title: "Lập báo cáo thành tích" };

/** The achievement report filled in the app, pre-filled from what the system already knows. */
export default async function ReportPage({ params }: { params: Promise<{ id: string; documentId: string }> }) {
  const { id, documentId } = await params;
  const actor = await requirePermission("nomination.write");
  const { doc, person, organisation, awardName } = await orNotFound(findReportContext(actor, documentId));
  const year = Number(toIsoDate(doc.nominee.periodTo).slice(0, 4)) || Number(todayInVietnam().slice(0, 4));
  const template = reportTemplate(doc.nominee.kind, toIsoDate(doc.nominee.periodTo), todayInVietnam(), doc.template);
  const back = `/de-nghi/${id}`;
  const save = attachReportAction.bind(null, id, documentId, doc.nominee.kind);
  return (
    <>
      <PageHeader
        title={`Báo cáo thành tích: ${doc.nominee.label}`}
        description={
          template.number
            ? `${doc.name}: ${template.number} (kèm theo ${template.decree}), ngày lập trong năm ${template.year}.`
            : `${doc.name}, ngày lập trong năm ${template.year}.`
        }
      />
      {template.open ? <Notice tone="info">{template.open}</Notice> : null}
      {doc.nominee.kind === "INDIVIDUAL" ? (
        <IndividualReportForm
          back={back}
          save={save}
          initial={{
            proposedAward: awardName,
            posthumous: false,
            fullName: person?.fullName ?? doc.nominee.label,
            dateOfBirth: person ? toIsoDate(person.dateOfBirth) : "",
            gender: person?.gender ?? "NAM",
            hometown: "",
            residence: "",
            workplace: actor.unit.name,
            position: person?.position ?? "",
            professionalQualification: "",
            politicalTheory: "",
            academicTitles: "",
            fromYear: year,
            toYear: year,
            duties: [],
            achievements: [doc.nominee.summary],
            initiatives: [],
            awards: [],
          }}
        />
      ) : (
        <CollectiveReportForm
          back={back}
          save={save}
          initial={{
            proposedAward: awardName,
            name: organisation?.name ?? actor.unit.name,
            address: "",
            contact: "",
            headName: "",
            headTitle: "",
            history: "",
            structure: "",
            staffCount: 1,
            femaleCount: undefined,
            functions: [],
            fromYear: year,
            toYear: year,
            achievements: [doc.nominee.summary],
            measures: [],
            initiatives: [],
            awards: [],
          }}
        />
      )}
    </>
  );
}

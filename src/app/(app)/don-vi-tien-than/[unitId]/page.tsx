import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { previewMoveFromPredecessor } from "@/server/data/succession-moves";
import { orNotFound } from "@/server/actions/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { MoveForm } from "./move-form";

export const metadata: Metadata = { title: "Chuyển người và tổ chức từ đơn vị tiền thân" };

/** The guided step: what would move (and be renamed), chosen here; nothing moves until confirmed. */
export default async function MoveFromPredecessorPage({ params }: { params: Promise<{ unitId: string }> }) {
  const { unitId } = await params;
  const actor = await requirePermission("person.write");
  const preview = await orNotFound(previewMoveFromPredecessor(actor, unitId));
  const orgNames = new Map(preview.organisations.map((o) => [o.id, o.name]));
  const split = preview.predecessor.successors > 1;
  return (
    <>
      <PageHeader
        title={`Chuyển người và tổ chức của ${preview.predecessor.name}`}
        description={`Sang ${actor.unit.name}, trong một lần, có ghi nhật ký.`}
      />
      {split ? (
        <div className="mb-4">
          <Notice tone="info">
            {preview.predecessor.name} được chia cho {preview.predecessor.successors} đơn vị: chỉ chọn những tổ chức và
            người về {actor.unit.name}; phần còn lại để đơn vị kia chuyển.
          </Notice>
        </div>
      ) : null}
      {preview.organisations.length + preview.people.length === 0 ? (
        <p className="text-sm">Không còn người hay tổ chức nào để chuyển.</p>
      ) : (
        <MoveForm
          unitId={preview.predecessor.id}
          tickAll={!split}
          organisations={preview.organisations.map((o) => ({
            id: o.id,
            name: o.name,
            newName: o.newName,
            people: o.people,
          }))}
          people={preview.people.map((p) => ({
            id: p.id,
            fullName: p.fullName,
            position: p.position,
            organisationName: p.organisationId ? (orgNames.get(p.organisationId) ?? null) : null,
          }))}
        />
      )}
      <p className="mt-6 text-sm">
        <Link href="/don-vi-tien-than" className="text-blue-800 underline">
          Về danh sách đơn vị tiền thân
        </Link>
      </p>
    </>
  );
}

"use client";

import { Field } from "@/components/ui/field";

type Registered = { id: string; error?: string; control: object };

/**
 * The session rules a council's quy chế and the province's decision both set (NĐ 98/2023 Điều 30 k7,
 * NĐ 152/2025): the quorum as a fraction of the members, and whether an absent member's written
 * opinion counts. Empty means "not set here": the form says in `unsetOpinion` what then applies.
 */
export function QuorumFields({
  numerator,
  denominator,
  writtenOpinions,
  numeratorHint,
  unsetOpinion,
  opinionsClassName,
}: {
  numerator: Registered;
  denominator: Registered;
  writtenOpinions: Registered;
  numeratorHint: string;
  unsetOpinion: string;
  opinionsClassName?: string;
}) {
  return (
    <>
      <Field {...numerator} label="Số dự họp tối thiểu: tử số" hint={numeratorHint}>
        {(props) => <input {...props} type="number" inputMode="numeric" />}
      </Field>
      <Field {...denominator} label="Mẫu số">
        {(props) => <input {...props} type="number" inputMode="numeric" />}
      </Field>
      <div className={opinionsClassName}>
        <Field {...writtenOpinions} label="Ý kiến bằng văn bản của thành viên vắng mặt">
          {(props) => (
            <select {...props}>
              <option value="">{unsetOpinion}</option>
              <option value="true">Có tính</option>
              <option value="false">Không tính</option>
            </select>
          )}
        </Field>
      </div>
    </>
  );
}

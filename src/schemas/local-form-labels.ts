/**
 * The local-form form's choices, without zod: the form loads zod only when it first checks.
 * A unit's own form pays a sum, gives a gift in kind, or nothing (src/domain/awards/reward.ts); no coefficient.
 */
export const LOCAL_REWARD_KINDS = ["CASH", "GIFT", "NONE"] as const;

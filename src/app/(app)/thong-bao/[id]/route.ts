import { getActor } from "@/server/auth/actor";
import { markNotificationRead } from "@/server/data/notifications/centre";
import { AppError } from "@/domain/errors";

/**
 * Following a notification: marks it read for this account and goes to the page it is about.
 * Another account's notification (or another unit's) is not found, like every row behind the wall.
 * The redirect is relative, so the browser stays on the host it came by (its cookie with it).
 */
const goTo = (path: string) => new Response(null, { status: 303, headers: { Location: path } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return goTo("/dang-nhap");
  try {
    const link = await markNotificationRead(actor, (await params).id);
    return goTo(link.startsWith("/") && !link.startsWith("//") ? link : "/thong-bao");
  } catch (error) {
    if (error instanceof AppError && error.kind === "not_found") return goTo("/thong-bao");
    throw error;
  }
}

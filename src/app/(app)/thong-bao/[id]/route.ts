import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/server/auth/actor";
import { markNotificationRead } from "@/server/data/notifications/centre";
import { AppError } from "@/domain/errors";

/**
 * Following a notification: marks it read for this account and goes to the page it is about.
 * Another account's notification (or another unit's) is not found, like every row behind the wall.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL("/dang-nhap", request.url));
  try {
    const link = await markNotificationRead(actor, (await params).id);
    return NextResponse.redirect(new URL(link.startsWith("/") ? link : "/thong-bao", request.url));
  } catch (error) {
    if (error instanceof AppError && error.kind === "not_found")
      return NextResponse.redirect(new URL("/thong-bao", request.url));
    throw error;
  }
}

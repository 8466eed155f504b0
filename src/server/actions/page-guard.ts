import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/domain/errors";

/** For pages: a row outside the caller's scope (or missing) renders the 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && (error.kind === "not_found" || error.kind === "forbidden")) notFound();
    throw error;
  }
}

import { NotFoundMessage } from "@/components/ui/not-found-message";

/** Inside the app's frame, whose layout already holds the page's <main>. */
export default function NotFound() {
  return <NotFoundMessage />;
}

import { NotFoundMessage } from "@/components/ui/not-found-message";

/** Outside the app's frame (an unknown address): the page's own landmark. */
export default function NotFound() {
  return (
    <main>
      <NotFoundMessage />
    </main>
  );
}

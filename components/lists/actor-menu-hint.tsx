import Link from "next/link";
import { ACTOR_MENU_SIZE, type Facets } from "@/lib/data/facets";

/**
 * Says that an actor menu offers only the most active actors (lib/data/facets.ts) and how to reach
 * the others; nothing when the menu lists them all.
 */
export function actorMenuHint(facets: Pick<Facets, "actorTotal">, records: string): React.ReactNode {
  if (facets.actorTotal <= ACTOR_MENU_SIZE) return undefined;
  return (
    <>
      Lists the {ACTOR_MENU_SIZE} (of {facets.actorTotal.toLocaleString("en")}) with the most {records}. For any other, search for its
      name or open it under{" "}
      <Link href="/actors" className="underline">
        Actors
      </Link>
      .
    </>
  );
}

import Link from "next/link";
import { prisma } from "@/lib/db";
import { getRelationshipView } from "@/lib/data/relationships";
import { countPhrase } from "@/lib/relationships/summary";

/** A helpful 404: what a pair address looks like, and pairs that do exist. */
export default async function PairNotFound() {
  const { graph } = await getRelationshipView(prisma);
  const labels = new Map(graph.nodes.map((n) => [n.key, n.label]));
  const pairs = graph.edges.filter((e) => e.href).slice(0, 8);
  return (
    <div className="mx-auto max-w-2xl space-y-5 py-12">
      <h1 className="text-2xl font-semibold">No relationship found</h1>
      <p className="text-slate-700 dark:text-slate-300">
        The tracker records no agreements, pledges or events between these two, or the address does not name two different countries. A pair page
        takes two lower-case ISO country codes, for example <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">/relationships/gb/ua</code>.
      </p>
      {pairs.length > 0 ? (
        <section aria-labelledby="pairs" className="space-y-2">
          <h2 id="pairs" className="font-semibold">
            Pairs with the most ties
          </h2>
          <ul className="space-y-1">
            {pairs.map((e) => (
              <li key={e.key}>
                <Link href={e.href!} className="text-accent-600 underline dark:text-sky-400">
                  {labels.get(e.source)} and {labels.get(e.target)}
                </Link>{" "}
                <span className="text-sm text-slate-600 dark:text-slate-400">({countPhrase(e.count)})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <Link href="/relationships" className="font-medium text-accent-600 underline dark:text-sky-400">
          See the whole network
        </Link>
      </p>
    </div>
  );
}

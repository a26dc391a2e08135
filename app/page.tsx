import { EventList } from "@/components/events/event-list";
import { CountCards } from "@/components/home/count-cards";
import { prisma } from "@/lib/db";
import { latestEvents } from "@/lib/data/events";
import { getCounts } from "@/lib/data/stats";

// Rendered on request: the embedded database is owned by the server process, not by build workers.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [counts, events] = await Promise.all([getCounts(prisma), latestEvents(prisma, 8)]);
  return (
    <div className="space-y-10">
      <section aria-labelledby="intro" className="space-y-3">
        <h1 id="intro" className="text-3xl font-bold tracking-tight sm:text-4xl">
          Western–Ukraine defence-industrial cooperation
        </h1>
        <p className="max-w-3xl text-lg text-slate-700 dark:text-slate-300">
          Licensed production, joint ventures, repair hubs, training, exports and financing: who is cooperating with Ukraine on
          what, since when, how much — and says who. Every figure links back to a verbatim quote from its source.
        </p>
      </section>
      <section aria-labelledby="counts">
        <h2 id="counts" className="sr-only">
          The tracker in numbers
        </h2>
        <CountCards counts={counts} />
      </section>
      <section aria-labelledby="latest" className="space-y-3">
        <h2 id="latest" className="text-xl font-semibold">
          Latest events
        </h2>
        <EventList events={events} />
      </section>
    </div>
  );
}

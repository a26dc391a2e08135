import { recordExamples } from "@/lib/api/examples";
import { prisma } from "@/lib/db";
import { ExampleItems } from "./example-list";

/** Examples about single records; slugs come from the database (streamed into the list). */
export async function RecordExampleItems() {
  const { examples } = await recordExamples(prisma);
  return <ExampleItems examples={examples} />;
}

/** "/actors/<slug>/feed.xml, for example …" with a real actor, or nothing in an empty database. */
export async function ActorFeedExample() {
  const { actorSlug } = await recordExamples(prisma);
  if (!actorSlug) return null;
  return (
    <>
      , for example{" "}
      <a className="font-medium text-accent-600 underline dark:text-sky-400" href={`/actors/${actorSlug}/feed.xml`}>
        /actors/{actorSlug}/feed.xml
      </a>
    </>
  );
}

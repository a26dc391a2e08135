import type { Metadata } from "next";
import Link from "next/link";
import { entityUi } from "@/components/admin/entity-ui";
import { requirePageUser } from "@/lib/auth";
import { entityBySegment, entityTitles } from "@/lib/admin/entities";
import { loadFormOptions } from "@/lib/admin/options";
import { entityParam } from "@/lib/admin/params";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ entity: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { entity } = await params;
  return { title: `New ${entityUi[entityParam(entity)].singular}` };
}

export default async function NewRecord({ params }: Props) {
  const { entity } = await params;
  const segment = entityParam(entity);
  await requirePageUser(`/admin/${segment}/new`);
  const ui = entityUi[segment];
  const options = await loadFormOptions(prisma);
  return (
    <div className="max-w-4xl space-y-4">
      <p className="text-sm">
        <Link href={`/admin/${segment}`} prefetch={false}>← {entityTitles[segment]}</Link>
      </p>
      <h1 className="text-2xl font-semibold">New {ui.singular}</h1>
      <ui.Form action={ui.save} id={null} version={null} initial={ui.blank} options={options} labels={entityBySegment[segment].labels} />
    </div>
  );
}

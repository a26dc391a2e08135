import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActorLinksList } from "@/components/actors/actor-links-list";
import { Positions } from "@/components/actors/positions";
import {
  ProfileDeals,
  ProfileEvents,
  ProfilePledges,
} from "@/components/actors/profile-sections";
import { ChartFigure } from "@/components/charts/chart-figure";
import { MiniBars } from "@/components/charts/mini-bars";
import { Evidence } from "@/components/citations/citation-quote";
import { LocatorMap } from "@/components/map/locator-map";
import { Badge } from "@/components/ui/badge";
import { Flag } from "@/components/ui/flag";
import { positionsByTopic } from "@/lib/actors/describe";
import { actorActivityChart } from "@/lib/charts/actor-activity";
import { prisma } from "@/lib/db";
import { getActorProfile } from "@/lib/data/actor-profile";
import { countryName, labelOf } from "@/lib/format";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  return getActorProfile(prisma, slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await load((await params).slug);
  if (!profile) return { title: "Actor not found" };
  const { actor } = profile;
  return {
    title: actor.name,
    description:
      actor.description ??
      `${actor.name} (${labelOf(actor.kind).toLowerCase()}): agreements, pledges and events involving it, with sources.`,
  };
}

function None({ children }: { children: React.ReactNode }) {
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400">{children}</p>
  );
}

function Section({
  id,
  title,
  count,
  more,
  children,
}: {
  id: string;
  title: string;
  count?: number;
  more?: { href: string; label: string };
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 pb-1 dark:border-slate-800">
        <h2 id={id} className="text-lg font-semibold">
          {title}
          {count !== undefined ? (
            <span className="ml-2 text-base font-normal text-slate-600 dark:text-slate-400">
              ({count})
            </span>
          ) : null}
        </h2>
        {more ? (
          <Link
            prefetch={false}
            href={more.href}
            className="text-sm text-accent-600 underline dark:text-sky-400"
          >
            {more.label}
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}

export default async function ActorPage({ params }: Props) {
  const { slug } = await params;
  const profile = await load(slug);
  if (!profile) notFound();
  const { actor, agreements, pledgesMade, pledgesReceived, events } = profile;
  const positions = positionsByTopic(events.map((e) => e.event));
  const activity = actorActivityChart(profile);
  const figures = [
    { label: "Deals", value: agreements.length, href: "#deals" },
    { label: "Pledges made", value: pledgesMade.length, href: "#pledges-made" },
    {
      label: "Pledges received",
      value: pledgesReceived.length,
      href: "#pledges-received",
    },
    { label: "Events", value: events.length, href: "#events" },
  ];

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <Link
            href="/actors"
            className="text-accent-600 underline dark:text-sky-400"
          >
            Actors
          </Link>
          <span aria-hidden="true" className="text-slate-500">
            /
          </span>
          <Badge>{labelOf(actor.kind)}</Badge>
        </p>
        <h1 className="flex items-center gap-3 text-3xl font-bold tracking-tight">
          {actor.kind === "COUNTRY" ? (
            <Flag code={actor.countryCode} nameShown className="!h-6 !w-8" />
          ) : null}
          {actor.name}
        </h1>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          {actor.countryCode && actor.kind !== "COUNTRY" ? (
            <>
              <dt className="text-slate-600 dark:text-slate-400">Country</dt>
              <dd className="flex items-center gap-1.5">
                <Flag code={actor.countryCode} nameShown />
                <Link
                  prefetch={false}
                  href={`/actors?country=${actor.countryCode}`}
                  className="underline"
                >
                  {countryName(actor.countryCode)}
                </Link>
              </dd>
            </>
          ) : null}
          {actor.title ? (
            <>
              <dt className="text-slate-600 dark:text-slate-400">Title</dt>
              <dd>{actor.title}</dd>
            </>
          ) : null}
          {actor.aliases.length > 0 ? (
            <>
              <dt className="text-slate-600 dark:text-slate-400">
                Also known as
              </dt>
              <dd>{actor.aliases.join(", ")}</dd>
            </>
          ) : null}
        </dl>
        {actor.description ? (
          <p className="max-w-3xl text-slate-700 dark:text-slate-300">
            {actor.description}
          </p>
        ) : null}
        <Evidence citations={actor.citations} />
      </header>

      <nav aria-label="On this page">
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {figures.map((f) => (
            <li key={f.label}>
              <a
                href={f.href}
                className="block rounded-lg border border-slate-200 p-3 no-underline hover:border-slate-400 dark:border-slate-800 dark:hover:border-slate-600"
              >
                <span className="block text-2xl font-semibold tabular-nums text-slate-900 dark:text-slate-100">
                  {f.value}
                </span>
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  {f.label}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-8">
          <Section
            id="deals"
            title="Deals"
            count={agreements.length}
            more={
              agreements.length > 0
                ? {
                    href: `/deals?actor=${actor.slug}`,
                    label: "Open as a filtered list",
                  }
                : undefined
            }
          >
            {agreements.length > 0 ? (
              <ProfileDeals items={agreements} />
            ) : (
              <None>Not a party to any recorded deal.</None>
            )}
          </Section>
          <Section
            id="pledges-made"
            title="Pledges made"
            count={pledgesMade.length}
          >
            {pledgesMade.length > 0 ? (
              <ProfilePledges items={pledgesMade} side="made" />
            ) : (
              <None>No pledges made on record.</None>
            )}
          </Section>
          <Section
            id="pledges-received"
            title="Pledges received"
            count={pledgesReceived.length}
          >
            {pledgesReceived.length > 0 ? (
              <ProfilePledges items={pledgesReceived} side="received" />
            ) : (
              <None>No pledges received on record.</None>
            )}
          </Section>
          {positions.length > 0 ? (
            <Section
              id="positions"
              title="Stated positions"
              count={positions.reduce((n, g) => n + g.statements.length, 0)}
            >
              <Positions groups={positions} />
            </Section>
          ) : null}
          <Section
            id="events"
            title="Events"
            count={events.length}
            more={
              events.length > 0
                ? {
                    href: `/timeline?actor=${actor.slug}`,
                    label: "Open on the timeline",
                  }
                : undefined
            }
          >
            {events.length > 0 ? (
              <ProfileEvents items={events} />
            ) : (
              <None>No events on record.</None>
            )}
          </Section>
        </div>
        <aside className="space-y-6" aria-label="Links and activity">
          {actor.kind === "COUNTRY" && actor.countryCode ? (
            <LocatorMap
              codes={[actor.countryCode]}
              label={`Map: where ${actor.name} is`}
              caption={`Where ${actor.name} is.`}
            />
          ) : null}
          <section aria-labelledby="links" className="space-y-2">
            <h2
              id="links"
              className="border-b border-slate-200 pb-1 text-lg font-semibold dark:border-slate-800"
            >
              Ownership and membership
            </h2>
            {actor.links.length > 0 ? (
              <ActorLinksList links={actor.links} />
            ) : (
              <p className="text-sm text-slate-600 dark:text-slate-400">
                No links to other actors on record.
              </p>
            )}
          </section>
          {activity.rows.length > 0 ? (
            <ChartFigure chart={activity} tableOpen={false}>
              <MiniBars chart={activity} />
            </ChartFigure>
          ) : null}
        </aside>
      </div>
    </article>
  );
}

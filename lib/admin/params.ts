import { notFound } from "next/navigation";
import { isEntitySegment, type EntitySegment } from "./entities";

/** The [entity] segment, or a 404 for anything that is not one of the five record types. */
export function entityParam(value: string): EntitySegment {
  if (!isEntitySegment(value)) notFound();
  return value;
}

/** A record id from the URL, or a 404. */
export function idParam(value: string): number {
  if (!/^\d{1,9}$/.test(value)) notFound();
  return Number(value);
}

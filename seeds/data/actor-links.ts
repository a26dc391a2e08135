import type { ActorLinkSeed } from "@/lib/schemas/actor";

export default [] satisfies ActorLinkSeed[];

// Better Auth's endpoints (sign-in, sign-out, session). Its rate limiter runs here.
import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth";

export const dynamic = "force-dynamic";

const handler = () => toNextJsHandler(getAuth());
export const GET = (request: Request) => handler().GET(request);
export const POST = (request: Request) => handler().POST(request);

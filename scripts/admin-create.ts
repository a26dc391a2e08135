// npm run admin:create -- --email someone@example.org [--name "A. Person"] [--role admin|editor] [--reset-password]
// Creates an account (admin by default). The password comes from ADMIN_PASSWORD, or is asked for
// (twice, not echoed) when run in a terminal.
import "./load-env";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createAuth, roles, type Role } from "@/lib/auth/config";
import { createUser, passwordProblem, setPassword } from "@/lib/auth/users";
import { connect } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrate";
import { parseEnv } from "@/lib/env";

const usage = 'Usage: npm run admin:create -- --email someone@example.org [--name "Name"] [--role admin|editor] [--reset-password]';

function ask(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
    let prompted = false;
    output._writeToOutput = (s: string) => {
      // Echo the prompt once, then nothing of what is typed.
      if (!prompted) {
        output.output.write(s);
        prompted = true;
      }
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (!process.stdin.isTTY) throw new Error("No terminal to ask for a password: set ADMIN_PASSWORD.");
  const first = await ask("Password (10+ characters): ");
  const second = await ask("Same password again: ");
  if (first !== second) throw new Error("The two passwords differ.");
  return first;
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string", default: "admin" },
      "reset-password": { type: "boolean", default: false },
    },
  });
  if (!values.email) throw new Error(`--email is required.\n${usage}`);
  if (!roles.includes(values.role as Role)) throw new Error(`--role must be admin or editor.\n${usage}`);
  const env = parseEnv();
  const db = connect({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
  try {
    await migrate(db.sql);
    const auth = createAuth(db.prisma);
    const password = await readPassword();
    const result = await createUser(auth, { email: values.email, password, name: values.name, role: values.role as Role });
    if (result.created) {
      console.log(`Created ${values.role} ${values.email.toLowerCase()}. Sign in at /admin/sign-in.`);
      return;
    }
    if (result.reason === "exists" && values["reset-password"]) {
      const user = await db.prisma.user.findUniqueOrThrow({ where: { email: values.email.trim().toLowerCase() }, select: { id: true } });
      const problem = await passwordProblem(auth, password);
      if (problem) throw new Error(problem);
      await setPassword(auth, user.id, password);
      await db.prisma.session.deleteMany({ where: { userId: user.id } });
      console.log(`New password set for ${values.email.toLowerCase()}; its sessions were signed out.`);
      return;
    }
    throw new Error(result.reason === "exists" ? `${result.message} Pass --reset-password to set a new password.` : result.message);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

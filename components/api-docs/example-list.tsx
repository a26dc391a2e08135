import type { ApiExample } from "@/lib/api/examples";

const link = "font-medium text-accent-600 underline dark:text-sky-400";

export function ExampleItems({ examples }: { examples: ApiExample[] }) {
  return examples.map((example) => (
    <li key={example.path} className="space-y-1">
      <a className={`${link} break-all`} href={example.path}>
        <code>GET {example.path}</code>
      </a>
      <p className="text-sm text-slate-700 dark:text-slate-300">{example.what}</p>
    </li>
  ));
}

import { AsOfLink as Link } from '@/components/time/as-of-link';

export type Crumb = { href?: string; label: string };

/** Where an entity page sits: Matrix › Issues › Territory. The last crumb is the current page. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-700">
      <ol className="flex flex-wrap gap-1">
        {trail.map((crumb, i) => (
          <li key={i} className="flex gap-1">
            {i > 0 ? <span aria-hidden="true">›</span> : null}
            {crumb.href ? (
              <Link href={crumb.href} className="text-blue-800 underline underline-offset-2">
                {crumb.label}
              </Link>
            ) : (
              <span aria-current="page">{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

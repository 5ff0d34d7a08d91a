import { AsOfLink as Link } from '@/components/time/as-of-link';

const PAGES = [
  { href: '/', label: 'Matrix' },
  { href: '/compare/', label: 'Compare' },
  { href: '/issues/', label: 'Issues' },
  { href: '/stakeholders/', label: 'Stakeholders' },
  { href: '/statements/', label: 'Statements' },
  { href: '/charts/', label: 'Charts' },
  { href: '/changes/', label: 'What changed' },
  { href: '/proposals/', label: 'Proposals' },
  { href: '/settlement/', label: 'What-if' },
  { href: '/sources/', label: 'Sources' },
  { href: '/brief/', label: 'Brief' },
] as const;

export function SiteHeader({ title }: { title: string }) {
  return (
    <header className="border-b border-slate-300 bg-slate-50">
      <div className="mx-auto flex max-w-[1400px] flex-wrap items-baseline gap-x-6 gap-y-1 px-4 py-3 sm:px-6">
        <Link href="/" className="text-xl font-bold tracking-tight text-slate-900">
          Standpoint
        </Link>
        <span className="text-slate-700">{title}</span>
        <nav aria-label="Main" className="ml-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {PAGES.map((page) => (
              <li key={page.href}>
                <Link href={page.href} className="font-medium text-blue-800 underline-offset-4 hover:underline">
                  {page.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}

import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/ui/site-header';
import { PageCite } from '@/components/ui/page-cite';
import { AsOfDayProvider } from '@/components/time/as-of-link';
import { getModel } from '@/lib/data';
import { dateKey, formatDate } from '@/lib/dates';
import './globals.css';

export function generateMetadata(): Metadata {
  const { dataset } = getModel();
  return {
    title: { default: `Standpoint — ${dataset.title}`, template: `%s — Standpoint` },
    description: dataset.subject,
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  const { dataset } = getModel();
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <AsOfDayProvider>
          <SiteHeader title={dataset.title} />
          <main id="main" className="mx-auto max-w-[1400px] px-4 pb-16 pt-4 sm:px-6">
            {children}
          </main>
          <footer className="page-footer mx-auto max-w-[1400px] px-4 pb-8 sm:px-6">
            <PageCite asOf={formatDate(dataset.asOf)} latest={dateKey(dataset.asOf)} />
          </footer>
        </AsOfDayProvider>
      </body>
    </html>
  );
}

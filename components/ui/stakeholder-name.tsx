import { AsOfLink as Link } from '@/components/time/as-of-link';
import type { Side } from '@/lib/reshape';
import { SideMark } from './side-mark';

type Props = { side: Side; size?: number; link?: boolean; className?: string };

/** A side's shape, colour and name — the name linked to its page. Colour is never the only cue. */
export function StakeholderName({ side, size = 14, link = true, className = '' }: Props) {
  return (
    <span className={`inline-flex items-center gap-1.5 ${className}`}>
      <SideMark side={side} size={size} />
      {link ? (
        <Link href={`/stakeholders/${side.id}/`} className="text-blue-800 underline underline-offset-2">
          {side.name}
        </Link>
      ) : (
        side.name
      )}
    </span>
  );
}

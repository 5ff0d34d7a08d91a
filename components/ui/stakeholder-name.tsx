import Link from 'next/link';
import { stakeholderStyle } from '@/lib/colors';
import { StakeholderMark } from './stakeholder-mark';

type Props = { id: string; name: string; styleIndex: number; size?: number; link?: boolean; className?: string };

/** A side's shape, colour and name — the name linked to its page. Colour is never the only cue. */
export function StakeholderName({ id, name, styleIndex, size = 14, link = true, className = '' }: Props) {
  const style = stakeholderStyle(styleIndex);
  return (
    <span className={`inline-flex items-center gap-1.5 ${className}`}>
      <StakeholderMark color={style.color} shape={style.shape} size={size} />
      {link ? (
        <Link href={`/stakeholders/${id}/`} className="text-blue-800 underline underline-offset-2">
          {name}
        </Link>
      ) : (
        name
      )}
    </span>
  );
}

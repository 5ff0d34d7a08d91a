import type { Model } from '../../model';
import { formatDate } from '../../dates';
import type { TitleFacts } from './title';

export function buildTitle(model: Model): TitleFacts {
  const { dataset } = model;
  return {
    id: 'title',
    kind: 'title',
    title: dataset.title,
    subject: dataset.subject,
    asOf: formatDate(dataset.asOf),
    notes: [],
  };
}

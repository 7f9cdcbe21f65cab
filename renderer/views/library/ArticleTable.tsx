import type { ReactNode } from 'react';
import { useT } from '../../i18n';

interface ArticleTableProps {
  caption: string;
  dateLabel: string;
  /** The header of the selection column, when the rows can be chosen. */
  select?: ReactNode;
  children: ReactNode;
}

export function ArticleTable({ caption, dateLabel, select, children }: ArticleTableProps) {
  const { t } = useT();
  return (
    <table className="article-table" aria-label={caption}>
      <thead>
        <tr>
          {select ? (
            <th scope="col" className="select-cell">
              {select}
            </th>
          ) : null}
          <th scope="col">{t('library.col.kicker')}</th>
          <th scope="col">{t('library.col.headline')}</th>
          <th scope="col">{t('library.col.kind')}</th>
          <th scope="col">{t('library.col.status')}</th>
          <th scope="col">{dateLabel}</th>
          <th scope="col">{t('library.col.actions')}</th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

import type { ReactNode } from 'react';
import { useT } from '../../i18n';

export function ArticleTable({ caption, dateLabel, children }: { caption: string; dateLabel: string; children: ReactNode }) {
  const { t } = useT();
  return (
    <table className="article-table" aria-label={caption}>
      <thead>
        <tr>
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

/** Previous and next under a list that the server answers a page at a time, with where the page is. */
import { useTranslation } from 'react-i18next';

export function Pager({
  offset,
  size,
  total,
  onOffset,
}: {
  offset: number;
  size: number;
  total: number;
  onOffset: (offset: number) => void;
}) {
  const { t } = useTranslation();
  if (total <= size) return null;
  return (
    <nav className="actions pager" aria-label={t('common.pages')}>
      <button
        type="button"
        className="secondary"
        disabled={offset === 0}
        onClick={() => onOffset(Math.max(0, offset - size))}
      >
        {t('common.previous')}
      </button>
      <span className="muted">
        {t('common.page', { from: offset + 1, to: Math.min(offset + size, total), total })}
      </span>
      <button
        type="button"
        className="secondary"
        disabled={offset + size >= total}
        onClick={() => onOffset(offset + size)}
      >
        {t('common.next')}
      </button>
    </nav>
  );
}

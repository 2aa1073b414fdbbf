/** The buttons every form ends with: save, and cancel. */
import { useTranslation } from 'react-i18next';

export function FormActions({ pending, onCancel }: { pending: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="submit" disabled={pending}>
        {t('common.save')}
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}

/** A filter's drop-down: one value of a list, or all of them (the empty value). */
import { useTranslation } from 'react-i18next';

export function Choice({
  label,
  value,
  onChange,
  options,
  any,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Value and text of each option. */
  options: [string, string][];
  /** What the empty value says: "All" unless given. */
  any?: string;
}) {
  const { t } = useTranslation();
  return (
    <label>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{any ?? t('common.all')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

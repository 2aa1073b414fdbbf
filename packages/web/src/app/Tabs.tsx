/** A row of tabs that choose what a page lists: one is selected; on a phone they wrap. */
export function Tabs<K extends string>({
  label,
  tabs,
  selected,
  onSelect,
}: {
  /** What the tabs choose, for screen readers. */
  label: string;
  /** Each tab's key and text. */
  tabs: readonly (readonly [K, string])[];
  selected: K;
  onSelect: (key: K) => void;
}) {
  return (
    <div className="tabs" role="tablist" aria-label={label}>
      {tabs.map(([key, text]) => (
        <button
          key={key}
          type="button"
          role="tab"
          aria-selected={selected === key}
          className={selected === key ? 'tab active' : 'tab'}
          onClick={() => onSelect(key)}
        >
          {text}
        </button>
      ))}
    </div>
  );
}

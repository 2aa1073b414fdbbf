/** The network page's address: the record to start from, or the saved chart to open. What the router validates and the page reads. */
export type NetworkSearch = { start?: string; chart?: string };

export function parseNetworkSearch(search: Record<string, unknown>): NetworkSearch {
  const out: NetworkSearch = {};
  if (
    typeof search.start === 'string' &&
    /^(person|phone|vehicle|document|case|crossing):\S+$/.test(search.start)
  )
    out.start = search.start;
  if (typeof search.chart === 'string' && /^[0-9a-f-]{36}$/i.test(search.chart)) out.chart = search.chart;
  return out;
}

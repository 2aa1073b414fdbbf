/**
 * What a phone downloads to open the screening: the JavaScript the entry loads at once, plus the
 * interview page's own chunks (from Vite's build manifest), each gzipped as the server would send
 * it. The whole app is measured in the same run, for comparison. Target: under 300 KB for the
 * screening route.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './support.ts';

interface Chunk {
  file: string;
  src?: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** The web build's manifest, each file's gzipped size, and the chunks a set of entries loads at once. */
function webBuild() {
  const dist = join(ROOT, 'packages/web/dist');
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    Chunk
  >;
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const closure = (keys: string[]) => {
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key) || !manifest[key]) return;
      seen.add(key);
      for (const k of manifest[key]!.imports ?? []) visit(k);
    };
    for (const key of keys) visit(key);
    return seen;
  };
  return { manifest, gz, closure };
}

export function benchScreeningBundle() {
  const { manifest, gz, closure: keysOf } = webBuild();
  const closure = (keys: string[]) => [...keysOf(keys)].map((k) => manifest[k]!);
  const interview = Object.keys(manifest).filter(
    (k) => k.includes('InterviewPage') || manifest[k]!.src === 'src/features/screening/InterviewPage.tsx',
  );
  if (interview.length === 0) throw new Error('no interview page in the build manifest');
  const route = closure(['index.html', ...interview]);
  const js = route.filter((c) => c.file.endsWith('.js'));
  const css = [...new Set(route.flatMap((c) => c.css ?? []))];
  const routeBytes = js.reduce((n, c) => n + gz(c.file), 0);
  const cssBytes = css.reduce((n, f) => n + gz(f), 0);
  const everything = Object.values(manifest).filter((c) => c.file.endsWith('.js'));
  const allBytes = [...new Set(everything.map((c) => c.file))].reduce((n, f) => n + gz(f), 0);
  return {
    name: 'JavaScript sent for the screening route, gzipped',
    screeningRouteKB: Math.round(routeBytes / 102.4) / 10,
    screeningRouteFiles: js.length,
    cssKB: Math.round(cssBytes / 102.4) / 10,
    wholeAppKB: Math.round(allBytes / 102.4) / 10,
    targetKB: 300,
    meetsTarget: routeBytes / 1024 < 300,
  };
}

/**
 * What the analysis page adds: its chunks (and what they import) that the entry does not load
 * already, gzipped; and whether any of them is in the screening route. Target: at most 150 KB,
 * and nothing in the screening route.
 */
export function benchAnalysisBundle() {
  const { manifest, gz, closure } = webBuild();
  const find = (name: string) => Object.keys(manifest).filter((k) => k.includes(name));
  const analysis = find('features/analysis/AnalysisPage');
  if (analysis.length === 0) throw new Error('no analysis page in the build manifest');
  const entry = closure(['index.html']);
  const page = closure(analysis);
  const added = [...page].filter((k) => !entry.has(k));
  const addedBytes = [...new Set(added.map((k) => manifest[k]!.file))]
    .filter((f) => f.endsWith('.js'))
    .reduce((n, f) => n + gz(f), 0);
  const screening = closure(['index.html', ...find('features/screening/InterviewPage')]);
  const inScreening = added.some((k) => screening.has(k));
  // The region's shapes, loaded when the map draws: the same chunk the case page's route map loads.
  const mapData = [...page]
    .flatMap((k) => manifest[k]!.dynamicImports ?? [])
    .filter((k) => k.includes('world-atlas'));
  const mapDataBytes = [...new Set(mapData.map((k) => manifest[k]!.file))].reduce((n, f) => n + gz(f), 0);
  return {
    name: 'JavaScript the analysis page adds, gzipped',
    analysisAddedKB: Math.round(addedBytes / 102.4) / 10,
    analysisChunks: added.length,
    analysisInScreeningRoute: inScreening,
    sharedMapDataKB: Math.round(mapDataBytes / 102.4) / 10,
    targetKB: 150,
    meetsTarget: addedBytes / 1024 <= 150 && !inScreening,
  };
}

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
  css?: string[];
}

export function benchScreeningBundle() {
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
    return [...seen].map((k) => manifest[k]!);
  };
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

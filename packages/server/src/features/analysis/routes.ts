/** Analysis: the dashboard's protected counts, one chart as CSV, and the jurisdiction's rounding. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { act, guardedBy } from '../../access/request.ts';
import {
  AnalysisSettings,
  AnalysisWarning,
  ChartCsvQuery,
  Dashboard,
  DashboardQuery,
  StatisticsQuery,
} from './schema.ts';
import { chartCsv, dashboard, roundingOfMine, setRounding, statisticsCsv } from './service.ts';
import { listWarnings } from './warnings.ts';

const tags = ['analysis'];

export const analysisRoutes: FastifyPluginAsyncZod = async (app) => {
  guardedBy(app, 'capabilities');

  app.get(
    '/api/analysis/dashboard',
    {
      schema: {
        tags,
        summary:
          'Counts of cases, people, screenings, requests and hits under the filters, none under 10 and none recoverable by taking a filter off or putting one on; the fees per leg come with the whole dashboard (no charts asked for)',
        querystring: DashboardQuery,
        response: { 200: Dashboard },
      },
    },
    async (request) => {
      const { charts, ...filters } = request.query;
      return act(request, (ctx) => dashboard(ctx, filters, charts));
    },
  );

  app.get(
    '/api/analysis/chart.csv',
    {
      schema: {
        tags,
        summary: 'One chart of the dashboard as CSV, protected as on the page',
        querystring: ChartCsvQuery,
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      const { chart, ...filters } = request.query;
      const csv = await act(request, (ctx) => chartCsv(ctx, filters, chart));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="veza-${chart}.csv"`)
        .send(csv);
    },
  );

  app.get(
    '/api/analysis/statistics.csv',
    {
      schema: {
        tags,
        summary:
          "The year's Eurostat trafficking statistics (crim_thb): victims or suspects by sex, age group, citizenship and form of exploitation, protected, as CSV",
        querystring: StatisticsQuery,
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      const { year, who } = request.query;
      const csv = await act(request, (ctx) => statisticsCsv(ctx, year, who));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="crim_thb-${who}-${year}.csv"`)
        .send(csv);
    },
  );

  app.get(
    '/api/analysis/warnings',
    {
      schema: {
        tags,
        summary:
          "Early warnings: a week's count beyond what its history explains, or a modus operandi new to two jurisdictions within a month",
        response: { 200: z.object({ warnings: z.array(AnalysisWarning) }) },
      },
    },
    async (request) => ({ warnings: await act(request, (ctx) => listWarnings(ctx)) }),
  );

  app.get(
    '/api/analysis/settings',
    {
      schema: {
        tags,
        summary: "The jurisdiction's rounding of published counts",
        response: { 200: AnalysisSettings },
      },
    },
    async (request) =>
      act(request, async (ctx) => ({ roundTo: (await roundingOfMine(ctx)) as 5 | 10 | null })),
  );

  app.put(
    '/api/analysis/settings',
    {
      schema: {
        tags,
        summary: "Set the jurisdiction's rounding of published counts (coordinators)",
        body: AnalysisSettings,
        response: { 200: AnalysisSettings },
      },
    },
    async (request) => act(request, (ctx) => setRounding(ctx, request.body)),
  );
};

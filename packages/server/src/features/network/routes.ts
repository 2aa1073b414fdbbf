/** The network: a chart's graph, paths, the connecting network, exports, and saved charts. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { act, guardedBy } from '../../access/request.ts';
import {
  ChartInput,
  ChartUpdate,
  Colleague,
  ConnectingRequest,
  ConnectingResponse,
  ExportRequest,
  GraphRequest,
  GraphResponse,
  PathRequest,
  PathResponse,
  SavedChart,
  ShareInput,
} from './schema.ts';
import {
  chartGraph,
  colleagues,
  connecting,
  deleteChart,
  exportNetwork,
  findPath,
  getChart,
  listCharts,
  saveChart,
  shareChart,
  updateChart,
} from './service.ts';

const tags = ['network'];
const ChartId = z.object({ id: z.uuid() });

export const networkRoutes: FastifyPluginAsyncZod = async (app) => {
  guardedBy(app, 'network');

  app.post(
    '/api/network/graph',
    {
      schema: {
        tags,
        summary:
          "The graph of a chart, built from the records the user may see: the seeds, hops around them, each expansion, without the hidden nodes; another jurisdiction's records appear only as hits. With analyse, communities (Louvain) and centrality",
        body: GraphRequest,
        response: { 200: GraphResponse },
      },
    },
    async (request) => act(request, (ctx) => chartGraph(ctx, request.body.chart, request.body.analyse)),
  );

  app.post(
    '/api/network/path',
    {
      schema: {
        tags,
        summary:
          'The shortest path between two records (ties weighted by how specific they are), or the path whose dated ties run in time order; around hubs on request',
        body: PathRequest,
        response: { 200: PathResponse },
      },
    },
    async (request) => act(request, (ctx) => findPath(ctx, request.body)),
  );

  app.post(
    '/api/network/connecting',
    {
      schema: {
        tags,
        summary:
          'The connecting network of a selection: every node and tie on a shortest path between two of them',
        body: ConnectingRequest,
        response: { 200: ConnectingResponse },
      },
    },
    async (request) => act(request, (ctx) => connecting(ctx, request.body)),
  );

  app.post(
    '/api/network/export',
    {
      schema: {
        tags,
        summary:
          'The chart as GraphML, GEXF, CSV of nodes or of edges, or i2 ANX, in the audit log with its purpose; for PNG (which the browser draws) the audit entry only (204)',
        body: ExportRequest,
        response: { 200: z.string(), 204: z.null() },
      },
    },
    async (request, reply) => {
      const file = await act(request, (ctx) => exportNetwork(ctx, request.body));
      reply.header('x-handling-code', file.handlingCode);
      if (file.body === null) return reply.code(204).send(null);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body);
    },
  );

  app.get(
    '/api/network/charts',
    {
      schema: {
        tags,
        summary: "The user's saved charts and those colleagues shared with them",
        response: { 200: z.array(SavedChart) },
      },
    },
    async (request) => act(request, listCharts),
  );

  app.post(
    '/api/network/charts',
    {
      schema: {
        tags,
        summary: 'Saves a chart (how to rebuild it, no record)',
        body: ChartInput,
        response: { 201: SavedChart },
      },
    },
    async (request, reply) => {
      const chart = await act(request, (ctx) => saveChart(ctx, request.body));
      return reply.code(201).send(chart);
    },
  );

  app.get(
    '/api/network/charts/:id',
    { schema: { tags, summary: 'A saved chart', params: ChartId, response: { 200: SavedChart } } },
    async (request) => act(request, (ctx) => getChart(ctx, request.params.id)),
  );

  app.put(
    '/api/network/charts/:id',
    {
      schema: {
        tags,
        summary: 'Changes a chart (its owner only), at the version it was loaded',
        params: ChartId,
        body: ChartUpdate,
        response: { 200: SavedChart },
      },
    },
    async (request) => act(request, (ctx) => updateChart(ctx, request.params.id, request.body)),
  );

  app.delete(
    '/api/network/charts/:id',
    {
      schema: {
        tags,
        summary: 'Deletes a chart (its owner only)',
        params: ChartId,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await act(request, (ctx) => deleteChart(ctx, request.params.id));
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/network/charts/:id/shares',
    {
      schema: {
        tags,
        summary:
          'Shares the chart with exactly these colleagues (its owner only); each sees it through their own access',
        params: ChartId,
        body: ShareInput,
        response: { 200: SavedChart },
      },
    },
    async (request) => act(request, (ctx) => shareChart(ctx, request.params.id, request.body.userIds)),
  );

  app.get(
    '/api/network/colleagues',
    {
      schema: {
        tags,
        summary:
          'Colleagues a chart can be shared with: users of the jurisdiction who work on investigation records',
        response: { 200: z.array(Colleague) },
      },
    },
    async (request) => act(request, colleagues),
  );
};

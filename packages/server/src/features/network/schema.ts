/** What the network routes take and give: core's shapes (core/src/network/model.ts). */
export {
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
} from '@veza/core/network';

/** The network of investigation records (model and shapes): what the server and the web app share. */
export * from './model.ts';

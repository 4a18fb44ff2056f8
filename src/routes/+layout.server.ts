import { databaseFiles, readManifest } from '$lib/server/engine';

// The data files the browser engine attaches, from the pipeline's manifest (no extra request at start).
export const load = () => ({ databases: databaseFiles(readManifest()) });

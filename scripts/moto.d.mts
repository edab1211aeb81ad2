export interface MotoServer {
  /** `http://localhost:<port>` (the server listens on 127.0.0.1 only). */
  endpoint: string;
  port: number;
  /** Ends the server (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. */
  stop(): Promise<void>;
}

export interface StartMotoOptions {
  /** Extra environment for moto_server, over the fake credentials and managed-policy loading. */
  env?: Record<string, string>;
  /** How long to wait for `GET /moto-api/` to answer 200; default 30000. */
  timeoutMs?: number;
}

/** A TCP port on 127.0.0.1 that was free a moment ago (also a port nothing listens on). */
export function freePort(): Promise<number>;

/** Starts moto_server on 127.0.0.1 and a free port; throws a clear message when it is missing. */
export function startMoto(options?: StartMotoOptions): Promise<MotoServer>;

/** `POST /moto-api/reset`: clears every moto backend. */
export function resetMoto(endpoint: string): Promise<void>;

/** The path of a Node 24 binary, installed once into `.cache/node24` when none is at hand. */
export function resolveNode24(options?: { cacheDir?: string }): string;

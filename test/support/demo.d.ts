declare module '@motcua/demo' {
  export function startDemo(options?: { port?: number; host?: string; collectorUrl?: string }): Promise<{
    url: string;
    port: number;
    close(): Promise<void>;
  }>;
}

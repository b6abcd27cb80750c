import type { Logger } from 'pino';
import type { ManagedResource } from '@asn/service-kit';
import type { PartnershipsDomain } from './partnerships';

/** Runs the end-date check at start and then periodically. */
export class AgreementExpiry implements ManagedResource {
  readonly name = 'agreement-expiry';
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly domain: PartnershipsDomain,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    await this.tick();
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.domain.endExpiredAgreements().then(
      (n) => n > 0 && this.logger.info({ ended: n }, 'agreements ended'),
      (err) => this.logger.warn({ err }, 'agreement end-date check failed; will retry'),
    );
    await this.running;
    this.running = undefined;
  }

  isReady(): boolean {
    return this.timer !== undefined;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
